// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * IndicatorMapNotify event (number 5 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param state CARD32
 * @param mapChanged CARD32
 */
public record IndicatorMapNotifyEvent(int xkbType, int time, int deviceID, int state, int mapChanged) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 5;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.zeros(3);
        o.i32(state);
        o.i32(mapChanged);
        o.zeros(12);
    }
}
