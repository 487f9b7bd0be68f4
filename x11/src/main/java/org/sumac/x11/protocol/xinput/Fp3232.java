// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The FP3232 struct (8 bytes).
 *
 * @param integral INT32
 * @param frac CARD32
 */
public record Fp3232(int integral, int frac) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Fp3232 read(RequestReader in_, int at_) {
        int integral = in_.int32At(at_);
        int frac = in_.int32At(at_ + 4);
        return new Fp3232(integral, frac);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(integral);
        o.i32(frac);
    }
}
