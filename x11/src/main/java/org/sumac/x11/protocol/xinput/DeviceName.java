// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The DeviceName struct (variable size).
 *
 * @param string list of char, len items
 */
public record DeviceName(String string) {
    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceName read(RequestReader in_, int at_) {
        int len = in_.card8At(at_);
        int stringN_ = len;
        int pos_ = at_ + 1;
        String string = new ByteList(in_, pos_, stringN_).string();
        pos_ += stringN_;
        return new DeviceName(string);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += string.length();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(string.length());
        o.string8(string);
    }
}
