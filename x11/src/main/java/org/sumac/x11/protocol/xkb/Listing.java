// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The Listing struct (variable size).
 *
 * @param flags CARD16
 * @param string list of STRING8, length items
 */
public record Listing(int flags, String string) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Listing read(RequestReader in_, int at_) {
        int flags = in_.card16At(at_);
        int length = in_.card16At(at_ + 2);
        int stringN_ = length;
        int pos_ = at_ + 4;
        String string = new ByteList(in_, pos_, stringN_).string();
        pos_ += stringN_;
        pos_ = (pos_ + 1) & -2;
        return new Listing(flags, string);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += string.length();
        n = (n + 1) & -2;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(flags);
        o.u16(string.length());
        o.string8(string);
        o.zeros(-o.size() & 1);
    }
}
