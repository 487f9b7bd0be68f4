// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The CountedString16 struct (variable size).
 *
 * @param length CARD16
 * @param string list of char, length items
 * @param alignmentPad list of void, length by an expression
 */
public record CountedString16(int length, String string, byte[] alignmentPad) {
    /** Reads one from a request, at an offset from the request's start. */
    public static CountedString16 read(RequestReader in_, int at_) {
        int length = in_.card16At(at_);
        int stringN_ = length;
        int pos_ = at_ + 2;
        String string = new ByteList(in_, pos_, stringN_).string();
        pos_ += stringN_;
        int alignmentPadN_ = (((length + 5) & (~3)) - (length + 2));
        byte[] alignmentPad = new ByteList(in_, pos_, alignmentPadN_).copy();
        pos_ += alignmentPadN_;
        return new CountedString16(length, string, alignmentPad);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += string.length();
        n += alignmentPad.length;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(length);
        o.string8(string);
        o.bytes(alignmentPad);
    }
}
