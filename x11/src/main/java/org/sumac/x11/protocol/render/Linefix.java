// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The LINEFIX struct (16 bytes).
 *
 * @param p1 POINTFIX
 * @param p2 POINTFIX
 */
public record Linefix(Pointfix p1, Pointfix p2) {
    /** Bytes on the wire. */
    public static final int SIZE = 16;

    /** Reads one from a request, at an offset from the request's start. */
    public static Linefix read(RequestReader in_, int at_) {
        Pointfix p1 = Pointfix.read(in_, at_);
        Pointfix p2 = Pointfix.read(in_, at_ + 8);
        return new Linefix(p1, p2);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        p1.write(o);
        p2.write(o);
    }
}
