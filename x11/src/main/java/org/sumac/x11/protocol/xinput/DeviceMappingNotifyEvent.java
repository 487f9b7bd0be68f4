// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceMappingNotify event (number 11 from the extension's first event).
 *
 * @param deviceId BYTE
 * @param request CARD8, values of Mapping
 * @param firstKeycode KeyCode
 * @param count CARD8
 * @param time TIMESTAMP
 */
public record DeviceMappingNotifyEvent(int deviceId, int request, int firstKeycode, int count, int time) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 11;

    @Override
    public int detail() {
        return deviceId;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u8(request);
        o.u8(firstKeycode);
        o.u8(count);
        o.zeros(1);
        o.i32(time);
        o.zeros(20);
    }
}
