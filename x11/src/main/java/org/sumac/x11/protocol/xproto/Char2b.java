// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The CHAR2B struct (2 bytes).
 *
 * @param byte1 CARD8
 * @param byte2 CARD8
 */
public record Char2b(int byte1, int byte2) {
    /** Bytes on the wire. */
    public static final int SIZE = 2;

    /** Reads one from a request, at an offset from the request's start. */
    public static Char2b read(RequestReader in_, int at_) {
        int byte1 = in_.card8At(at_);
        int byte2 = in_.card8At(at_ + 1);
        return new Char2b(byte1, byte2);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(byte1);
        o.u8(byte2);
    }
}
