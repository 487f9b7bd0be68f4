// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ConfigureNotify event (number 22).
 *
 * @param event WINDOW
 * @param window WINDOW
 * @param aboveSibling WINDOW
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param borderWidth CARD16
 * @param overrideRedirect BOOL
 */
public record ConfigureNotifyEvent(int event, int window, int aboveSibling, int x, int y, int width, int height, int borderWidth, boolean overrideRedirect) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 22;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.i32(window);
        o.i32(aboveSibling);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.u16(borderWidth);
        o.bool(overrideRedirect);
        o.zeros(1);
    }
}
