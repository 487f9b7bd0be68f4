// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SPANFIX struct (12 bytes).
 *
 * @param l FIXED
 * @param r FIXED
 * @param y FIXED
 */
public record Spanfix(int l, int r, int y) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static Spanfix read(RequestReader in_, int at_) {
        int l = in_.int32At(at_);
        int r = in_.int32At(at_ + 4);
        int y = in_.int32At(at_ + 8);
        return new Spanfix(l, r, y);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(l);
        o.i32(r);
        o.i32(y);
    }
}
