// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * UnmapNotify event (number 18).
 *
 * @param event WINDOW
 * @param window WINDOW
 * @param fromConfigure BOOL
 */
public record UnmapNotifyEvent(int event, int window, boolean fromConfigure) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 18;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.i32(window);
        o.bool(fromConfigure);
        o.zeros(3);
    }
}
