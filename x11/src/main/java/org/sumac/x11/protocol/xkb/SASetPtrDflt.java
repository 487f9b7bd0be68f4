// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SASetPtrDflt struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param flags CARD8, mask of SASetPtrDfltFlag
 * @param affect CARD8, mask of SASetPtrDfltFlag
 * @param value INT8
 */
public record SASetPtrDflt(int type, int flags, int affect, int value) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SASetPtrDflt read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int flags = in_.card8At(at_ + 1);
        int affect = in_.card8At(at_ + 2);
        int value = in_.int8At(at_ + 3);
        return new SASetPtrDflt(type, flags, affect, value);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(flags);
        o.u8(affect);
        o.u8(value);
        o.zeros(4);
    }
}
