// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The STR struct (variable size).
 *
 * @param name list of char, name_len items
 */
public record Str(String name) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Str read(RequestReader in_, int at_) {
        int nameLen = in_.card8At(at_);
        int nameN_ = nameLen;
        int pos_ = at_ + 1;
        String name = new ByteList(in_, pos_, nameN_).string();
        pos_ += nameN_;
        return new Str(name);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += name.length();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(name.length());
        o.string8(name);
    }
}
