// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ReparentNotify event (number 21).
 *
 * @param event WINDOW
 * @param window WINDOW
 * @param parent WINDOW
 * @param x INT16
 * @param y INT16
 * @param overrideRedirect BOOL
 */
public record ReparentNotifyEvent(int event, int window, int parent, int x, int y, boolean overrideRedirect) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 21;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.i32(window);
        o.i32(parent);
        o.u16(x);
        o.u16(y);
        o.bool(overrideRedirect);
        o.zeros(3);
    }
}
