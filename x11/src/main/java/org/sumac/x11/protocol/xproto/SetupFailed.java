// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SetupFailed struct (variable size).
 *
 * @param status CARD8
 * @param protocolMajorVersion CARD16
 * @param protocolMinorVersion CARD16
 * @param length CARD16
 * @param reason list of char, reason_len items
 */
public record SetupFailed(int status, int protocolMajorVersion, int protocolMinorVersion, int length, String reason) {
    /** Reads one from a request, at an offset from the request's start. */
    public static SetupFailed read(RequestReader in_, int at_) {
        int status = in_.card8At(at_);
        int reasonLen = in_.card8At(at_ + 1);
        int protocolMajorVersion = in_.card16At(at_ + 2);
        int protocolMinorVersion = in_.card16At(at_ + 4);
        int length = in_.card16At(at_ + 6);
        int reasonN_ = reasonLen;
        int pos_ = at_ + 8;
        String reason = new ByteList(in_, pos_, reasonN_).string();
        pos_ += reasonN_;
        return new SetupFailed(status, protocolMajorVersion, protocolMinorVersion, length, reason);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += 2;
        n += 2;
        n += reason.length();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(status);
        o.u8(reason.length());
        o.u16(protocolMajorVersion);
        o.u16(protocolMinorVersion);
        o.u16(length);
        o.string8(reason);
    }
}
