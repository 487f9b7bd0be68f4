// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The Key struct (8 bytes).
 *
 * @param name list of STRING8, 4 items
 * @param gap INT16
 * @param shapeNdx CARD8
 * @param colorNdx CARD8
 */
public record Key(String name, int gap, int shapeNdx, int colorNdx) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Key read(RequestReader in_, int at_) {
        String name = new ByteList(in_, at_, 4).string();
        int gap = in_.int16At(at_ + 4);
        int shapeNdx = in_.card8At(at_ + 6);
        int colorNdx = in_.card8At(at_ + 7);
        return new Key(name, gap, shapeNdx, colorNdx);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        if (name.length() != 4) throw new IllegalArgumentException("name: 4 items");
        o.string8(name);
        o.u16(gap);
        o.u8(shapeNdx);
        o.u8(colorNdx);
    }
}
