// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ResourceIdSpec struct (8 bytes).
 *
 * @param resource CARD32
 * @param type CARD32
 */
public record ResourceIdSpec(int resource, int type) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static ResourceIdSpec read(RequestReader in_, int at_) {
        int resource = in_.int32At(at_);
        int type = in_.int32At(at_ + 4);
        return new ResourceIdSpec(resource, type);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(resource);
        o.i32(type);
    }
}
