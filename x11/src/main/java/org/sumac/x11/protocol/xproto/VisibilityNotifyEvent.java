// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * VisibilityNotify event (number 15).
 *
 * @param window WINDOW
 * @param state BYTE, values of Visibility
 */
public record VisibilityNotifyEvent(int window, int state) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 15;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.u8(state);
        o.zeros(3);
    }
}
