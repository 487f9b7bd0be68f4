// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SAActionMessage struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param flags CARD8, mask of ActionMessageFlag
 * @param message list of CARD8, 6 items
 */
public record SAActionMessage(int type, int flags, byte[] message) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SAActionMessage read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int flags = in_.card8At(at_ + 1);
        byte[] message = new ByteList(in_, at_ + 2, 6).copy();
        return new SAActionMessage(type, flags, message);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(flags);
        if (message.length != 6) throw new IllegalArgumentException("message: 6 items");
        o.bytes(message);
    }
}
