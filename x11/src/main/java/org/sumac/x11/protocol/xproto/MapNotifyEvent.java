// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * MapNotify event (number 19).
 *
 * @param event WINDOW
 * @param window WINDOW
 * @param overrideRedirect BOOL
 */
public record MapNotifyEvent(int event, int window, boolean overrideRedirect) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 19;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.i32(window);
        o.bool(overrideRedirect);
        o.zeros(3);
    }
}
