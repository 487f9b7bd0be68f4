// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * AccessXNotify event (number 10 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param keycode KEYCODE
 * @param detailt CARD16, mask of AXNDetail
 * @param slowKeysDelay CARD16
 * @param debounceDelay CARD16
 */
public record AccessXNotifyEvent(int xkbType, int time, int deviceID, int keycode, int detailt, int slowKeysDelay, int debounceDelay) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 10;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(keycode);
        o.u16(detailt);
        o.u16(slowKeysDelay);
        o.u16(debounceDelay);
        o.zeros(16);
    }
}
