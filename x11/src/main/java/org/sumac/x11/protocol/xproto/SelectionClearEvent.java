// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * SelectionClear event (number 29).
 *
 * @param time TIMESTAMP
 * @param owner WINDOW
 * @param selection ATOM
 */
public record SelectionClearEvent(int time, int owner, int selection) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 29;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(owner);
        o.i32(selection);
    }
}
