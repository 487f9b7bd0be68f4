// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The Type struct (8 bytes).
 *
 * @param resourceType ATOM
 * @param count CARD32
 */
public record Type(int resourceType, int count) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Type read(RequestReader in_, int at_) {
        int resourceType = in_.int32At(at_);
        int count = in_.int32At(at_ + 4);
        return new Type(resourceType, count);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(resourceType);
        o.i32(count);
    }
}
