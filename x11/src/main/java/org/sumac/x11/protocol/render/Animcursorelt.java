// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ANIMCURSORELT struct (8 bytes).
 *
 * @param cursor CURSOR
 * @param delay CARD32
 */
public record Animcursorelt(int cursor, int delay) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Animcursorelt read(RequestReader in_, int at_) {
        int cursor = in_.int32At(at_);
        int delay = in_.int32At(at_ + 4);
        return new Animcursorelt(cursor, delay);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(cursor);
        o.i32(delay);
    }
}
