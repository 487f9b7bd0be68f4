// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DevicePropertyNotify event (number 16 from the extension's first event).
 *
 * @param state BYTE, values of Property
 * @param time TIMESTAMP
 * @param property ATOM
 * @param deviceId CARD8
 */
public record DevicePropertyNotifyEvent(int state, int time, int property, int deviceId) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 16;

    @Override
    public int detail() {
        return state;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(property);
        o.zeros(19);
        o.u8(deviceId);
    }
}
