// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * MapRequest event (number 20).
 *
 * @param parent WINDOW
 * @param window WINDOW
 */
public record MapRequestEvent(int parent, int window) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 20;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(parent);
        o.i32(window);
    }
}
