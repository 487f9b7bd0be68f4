// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ExtensionDeviceNotify event (number 11 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param reason CARD16, mask of XIFeature
 * @param ledClass CARD16, values of LedClassResult
 * @param ledID CARD16
 * @param ledsDefined CARD32
 * @param ledState CARD32
 * @param firstButton CARD8
 * @param nButtons CARD8
 * @param supported CARD16, mask of XIFeature
 * @param unsupported CARD16, mask of XIFeature
 */
public record ExtensionDeviceNotifyEvent(int xkbType, int time, int deviceID, int reason, int ledClass, int ledID, int ledsDefined, int ledState, int firstButton, int nButtons, int supported, int unsupported) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 11;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.zeros(1);
        o.u16(reason);
        o.u16(ledClass);
        o.u16(ledID);
        o.i32(ledsDefined);
        o.i32(ledState);
        o.u8(firstButton);
        o.u8(nButtons);
        o.u16(supported);
        o.u16(unsupported);
        o.zeros(2);
    }
}
