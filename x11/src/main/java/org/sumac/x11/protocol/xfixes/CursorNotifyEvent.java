// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * CursorNotify event (number 1 from the extension's first event).
 *
 * @param subtype CARD8, values of CursorNotify
 * @param window WINDOW
 * @param cursorSerial CARD32
 * @param timestamp TIMESTAMP
 * @param name ATOM
 */
public record CursorNotifyEvent(int subtype, int window, int cursorSerial, int timestamp, int name) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 1;

    @Override
    public int detail() {
        return subtype;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(cursorSerial);
        o.i32(timestamp);
        o.i32(name);
        o.zeros(12);
    }
}
