// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TRIANGLE struct (24 bytes).
 *
 * @param p1 POINTFIX
 * @param p2 POINTFIX
 * @param p3 POINTFIX
 */
public record Triangle(Pointfix p1, Pointfix p2, Pointfix p3) {
    /** Bytes on the wire. */
    public static final int SIZE = 24;

    /** Reads one from a request, at an offset from the request's start. */
    public static Triangle read(RequestReader in_, int at_) {
        Pointfix p1 = Pointfix.read(in_, at_);
        Pointfix p2 = Pointfix.read(in_, at_ + 8);
        Pointfix p3 = Pointfix.read(in_, at_ + 16);
        return new Triangle(p1, p2, p3);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        p1.write(o);
        p2.write(o);
        p3.write(o);
    }
}
