// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ResizeRequest event (number 25).
 *
 * @param window WINDOW
 * @param width CARD16
 * @param height CARD16
 */
public record ResizeRequestEvent(int window, int width, int height) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 25;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.u16(width);
        o.u16(height);
    }
}
