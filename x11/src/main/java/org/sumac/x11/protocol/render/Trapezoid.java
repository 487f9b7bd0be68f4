// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TRAPEZOID struct (40 bytes).
 *
 * @param top FIXED
 * @param bottom FIXED
 * @param left LINEFIX
 * @param right LINEFIX
 */
public record Trapezoid(int top, int bottom, Linefix left, Linefix right) {
    /** Bytes on the wire. */
    public static final int SIZE = 40;

    /** Reads one from a request, at an offset from the request's start. */
    public static Trapezoid read(RequestReader in_, int at_) {
        int top = in_.int32At(at_);
        int bottom = in_.int32At(at_ + 4);
        Linefix left = Linefix.read(in_, at_ + 8);
        Linefix right = Linefix.read(in_, at_ + 24);
        return new Trapezoid(top, bottom, left, right);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(top);
        o.i32(bottom);
        left.write(o);
        right.write(o);
    }
}
