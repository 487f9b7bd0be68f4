// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * SelectionRequest event (number 30).
 *
 * @param time TIMESTAMP
 * @param owner WINDOW
 * @param requestor WINDOW
 * @param selection ATOM
 * @param target ATOM
 * @param property ATOM
 */
public record SelectionRequestEvent(int time, int owner, int requestor, int selection, int target, int property) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 30;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(owner);
        o.i32(requestor);
        o.i32(selection);
        o.i32(target);
        o.i32(property);
    }
}
