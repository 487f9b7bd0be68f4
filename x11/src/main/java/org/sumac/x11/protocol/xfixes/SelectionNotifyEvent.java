// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * SelectionNotify event (number 0 from the extension's first event).
 *
 * @param subtype CARD8, values of SelectionEvent
 * @param window WINDOW
 * @param owner WINDOW
 * @param selection ATOM
 * @param timestamp TIMESTAMP
 * @param selectionTimestamp TIMESTAMP
 */
public record SelectionNotifyEvent(int subtype, int window, int owner, int selection, int timestamp, int selectionTimestamp) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return subtype;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(owner);
        o.i32(selection);
        o.i32(timestamp);
        o.i32(selectionTimestamp);
        o.zeros(8);
    }
}
