// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The COLOR struct (8 bytes).
 *
 * @param red CARD16
 * @param green CARD16
 * @param blue CARD16
 * @param alpha CARD16
 */
public record Color(int red, int green, int blue, int alpha) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Color read(RequestReader in_, int at_) {
        int red = in_.card16At(at_);
        int green = in_.card16At(at_ + 2);
        int blue = in_.card16At(at_ + 4);
        int alpha = in_.card16At(at_ + 6);
        return new Color(red, green, blue, alpha);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(red);
        o.u16(green);
        o.u16(blue);
        o.u16(alpha);
    }
}
