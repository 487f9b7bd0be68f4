// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Property generic event (event type 12): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param property ATOM
 * @param what CARD8, values of PropertyFlag
 */
public record PropertyEvent(int deviceid, int time, int property, int what) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 12;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.i32(property);
        o.u8(what);
        o.zeros(11);
    }
}
