// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * PropertyNotify event (number 28).
 *
 * @param window WINDOW
 * @param atom ATOM
 * @param time TIMESTAMP
 * @param state BYTE, values of Property
 */
public record PropertyNotifyEvent(int window, int atom, int time, int state) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 28;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(atom);
        o.i32(time);
        o.u8(state);
        o.zeros(3);
    }
}
