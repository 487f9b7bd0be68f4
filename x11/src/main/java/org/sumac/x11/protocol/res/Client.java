// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The Client struct (8 bytes).
 *
 * @param resourceBase CARD32
 * @param resourceMask CARD32
 */
public record Client(int resourceBase, int resourceMask) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Client read(RequestReader in_, int at_) {
        int resourceBase = in_.int32At(at_);
        int resourceMask = in_.int32At(at_ + 4);
        return new Client(resourceBase, resourceMask);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(resourceBase);
        o.i32(resourceMask);
    }
}
