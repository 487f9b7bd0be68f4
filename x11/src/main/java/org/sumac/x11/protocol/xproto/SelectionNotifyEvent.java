// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * SelectionNotify event (number 31).
 *
 * @param time TIMESTAMP
 * @param requestor WINDOW
 * @param selection ATOM
 * @param target ATOM
 * @param property ATOM
 */
public record SelectionNotifyEvent(int time, int requestor, int selection, int target, int property) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 31;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(requestor);
        o.i32(selection);
        o.i32(target);
        o.i32(property);
    }
}
