// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Expose event (number 12).
 *
 * @param window WINDOW
 * @param x CARD16
 * @param y CARD16
 * @param width CARD16
 * @param height CARD16
 * @param count CARD16
 */
public record ExposeEvent(int window, int x, int y, int width, int height, int count) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 12;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.u16(count);
        o.zeros(2);
    }
}
