// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ChangeDeviceNotify event (number 12 from the extension's first event).
 *
 * @param deviceId BYTE
 * @param time TIMESTAMP
 * @param request CARD8, values of ChangeDevice
 */
public record ChangeDeviceNotifyEvent(int deviceId, int time, int request) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 12;

    @Override
    public int detail() {
        return deviceId;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(request);
        o.zeros(23);
    }
}
