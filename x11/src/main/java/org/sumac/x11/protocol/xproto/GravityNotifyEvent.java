// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * GravityNotify event (number 24).
 *
 * @param event WINDOW
 * @param window WINDOW
 * @param x INT16
 * @param y INT16
 */
public record GravityNotifyEvent(int event, int window, int x, int y) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 24;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.i32(window);
        o.u16(x);
        o.u16(y);
    }
}
