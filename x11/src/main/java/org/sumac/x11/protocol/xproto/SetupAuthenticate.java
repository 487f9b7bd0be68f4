// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SetupAuthenticate struct (variable size).
 *
 * @param status CARD8
 * @param length CARD16
 * @param reason list of char, length by an expression
 */
public record SetupAuthenticate(int status, int length, String reason) {
    /** Reads one from a request, at an offset from the request's start. */
    public static SetupAuthenticate read(RequestReader in_, int at_) {
        int status = in_.card8At(at_);
        int length = in_.card16At(at_ + 6);
        int reasonN_ = (length * 4);
        int pos_ = at_ + 8;
        String reason = new ByteList(in_, pos_, reasonN_).string();
        pos_ += reasonN_;
        return new SetupAuthenticate(status, length, reason);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 5;
        n += 2;
        n += reason.length();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(status);
        o.zeros(5);
        o.u16(length);
        o.string8(reason);
    }
}
