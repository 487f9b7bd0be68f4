// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The FORMAT struct (8 bytes).
 *
 * @param depth CARD8
 * @param bitsPerPixel CARD8
 * @param scanlinePad CARD8
 */
public record Format(int depth, int bitsPerPixel, int scanlinePad) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Format read(RequestReader in_, int at_) {
        int depth = in_.card8At(at_);
        int bitsPerPixel = in_.card8At(at_ + 1);
        int scanlinePad = in_.card8At(at_ + 2);
        return new Format(depth, bitsPerPixel, scanlinePad);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(depth);
        o.u8(bitsPerPixel);
        o.u8(scanlinePad);
        o.zeros(5);
    }
}
