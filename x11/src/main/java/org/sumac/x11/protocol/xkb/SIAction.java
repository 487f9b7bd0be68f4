// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SIAction struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param data list of CARD8, 7 items
 */
public record SIAction(int type, byte[] data) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SIAction read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        byte[] data = new ByteList(in_, at_ + 1, 7).copy();
        return new SIAction(type, data);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        if (data.length != 7) throw new IllegalArgumentException("data: 7 items");
        o.bytes(data);
    }
}
