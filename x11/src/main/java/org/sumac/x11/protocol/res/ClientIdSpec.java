// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ClientIdSpec struct (8 bytes).
 *
 * @param client CARD32
 * @param mask CARD32, mask of ClientIdMask
 */
public record ClientIdSpec(int client, int mask) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static ClientIdSpec read(RequestReader in_, int at_) {
        int client = in_.int32At(at_);
        int mask = in_.int32At(at_ + 4);
        return new ClientIdSpec(client, mask);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(client);
        o.i32(mask);
    }
}
