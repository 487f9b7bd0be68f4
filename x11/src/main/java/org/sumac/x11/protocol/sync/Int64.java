// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The INT64 struct (8 bytes).
 *
 * @param hi INT32
 * @param lo CARD32
 */
public record Int64(int hi, int lo) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Int64 read(RequestReader in_, int at_) {
        int hi = in_.int32At(at_);
        int lo = in_.int32At(at_ + 4);
        return new Int64(hi, lo);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(hi);
        o.i32(lo);
    }
}
