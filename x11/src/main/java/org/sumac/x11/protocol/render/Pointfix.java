// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The POINTFIX struct (8 bytes).
 *
 * @param x FIXED
 * @param y FIXED
 */
public record Pointfix(int x, int y) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Pointfix read(RequestReader in_, int at_) {
        int x = in_.int32At(at_);
        int y = in_.int32At(at_ + 4);
        return new Pointfix(x, y);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(x);
        o.i32(y);
    }
}
