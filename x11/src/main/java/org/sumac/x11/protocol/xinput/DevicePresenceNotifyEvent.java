// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DevicePresenceNotify event (number 15 from the extension's first event).
 *
 * @param time TIMESTAMP
 * @param devchange BYTE, values of DeviceChange
 * @param deviceId BYTE
 * @param control CARD16
 */
public record DevicePresenceNotifyEvent(int time, int devchange, int deviceId, int control) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 15;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(devchange);
        o.u8(deviceId);
        o.u16(control);
        o.zeros(20);
    }
}
