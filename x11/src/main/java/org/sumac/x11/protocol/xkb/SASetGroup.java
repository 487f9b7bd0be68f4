// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SASetGroup struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param flags CARD8, mask of SA
 * @param group INT8
 */
public record SASetGroup(int type, int flags, int group) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SASetGroup read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int flags = in_.card8At(at_ + 1);
        int group = in_.int8At(at_ + 2);
        return new SASetGroup(type, flags, group);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(flags);
        o.u8(group);
        o.zeros(5);
    }
}
