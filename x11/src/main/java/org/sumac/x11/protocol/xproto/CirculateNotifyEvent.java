// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * CirculateNotify event (number 26).
 *
 * @param event WINDOW
 * @param window WINDOW
 * @param place BYTE, values of Place
 */
public record CirculateNotifyEvent(int event, int window, int place) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 26;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.i32(window);
        o.zeros(4);
        o.u8(place);
        o.zeros(3);
    }
}
