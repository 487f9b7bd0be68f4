// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * BellNotify event (number 8 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param bellClass CARD8, values of BellClassResult
 * @param bellID CARD8
 * @param percent CARD8
 * @param pitch CARD16
 * @param duration CARD16
 * @param name ATOM
 * @param window WINDOW
 * @param eventOnly BOOL
 */
public record BellNotifyEvent(int xkbType, int time, int deviceID, int bellClass, int bellID, int percent, int pitch, int duration, int name, int window, boolean eventOnly) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 8;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(bellClass);
        o.u8(bellID);
        o.u8(percent);
        o.u16(pitch);
        o.u16(duration);
        o.i32(name);
        o.i32(window);
        o.bool(eventOnly);
        o.zeros(7);
    }
}
