// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ResourceSizeSpec struct (20 bytes).
 *
 * @param spec ResourceIdSpec
 * @param bytes CARD32
 * @param refCount CARD32
 * @param useCount CARD32
 */
public record ResourceSizeSpec(ResourceIdSpec spec, int bytes, int refCount, int useCount) {
    /** Bytes on the wire. */
    public static final int SIZE = 20;

    /** Reads one from a request, at an offset from the request's start. */
    public static ResourceSizeSpec read(RequestReader in_, int at_) {
        ResourceIdSpec spec = ResourceIdSpec.read(in_, at_);
        int bytes = in_.int32At(at_ + 8);
        int refCount = in_.int32At(at_ + 12);
        int useCount = in_.int32At(at_ + 16);
        return new ResourceSizeSpec(spec, bytes, refCount, useCount);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        spec.write(o);
        o.i32(bytes);
        o.i32(refCount);
        o.i32(useCount);
    }
}
