// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.Card32List;

/**
 * The KeySymMap struct (variable size).
 *
 * @param ktIndex list of CARD8, 4 items
 * @param groupInfo CARD8
 * @param width CARD8
 * @param syms list of KEYSYM, nSyms items
 */
public record KeySymMap(byte[] ktIndex, int groupInfo, int width, int[] syms) {
    /** Reads one from a request, at an offset from the request's start. */
    public static KeySymMap read(RequestReader in_, int at_) {
        byte[] ktIndex = new ByteList(in_, at_, 4).copy();
        int groupInfo = in_.card8At(at_ + 4);
        int width = in_.card8At(at_ + 5);
        int nSyms = in_.card16At(at_ + 6);
        int symsN_ = nSyms;
        int pos_ = at_ + 8;
        int[] syms = new Card32List(in_, pos_, symsN_).toArray();
        pos_ += symsN_ * 4;
        return new KeySymMap(ktIndex, groupInfo, width, syms);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += ktIndex.length;
        n += 1;
        n += 1;
        n += 2;
        n += syms.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        if (ktIndex.length != 4) throw new IllegalArgumentException("ktIndex: 4 items");
        o.bytes(ktIndex);
        o.u8(groupInfo);
        o.u8(width);
        o.u16(syms.length);
        for (var e_ : syms) o.i32(e_);
    }
}
