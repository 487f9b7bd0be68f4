// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ClientMessage event (number 33).
 *
 * @param format CARD8
 * @param window WINDOW
 * @param type ATOM
 * @param data ClientMessageData
 */
public record ClientMessageEvent(int format, int window, int type, byte[] data) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 33;

    @Override
    public int detail() {
        return format;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(type);
        if (data.length != 20) throw new IllegalArgumentException("data: 20 bytes");
        o.bytes(data);
    }
}
