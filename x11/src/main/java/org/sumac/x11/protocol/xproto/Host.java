// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The HOST struct (variable size).
 *
 * @param family CARD8, values of Family
 * @param address list of BYTE, address_len items
 */
public record Host(int family, byte[] address) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Host read(RequestReader in_, int at_) {
        int family = in_.card8At(at_);
        int addressLen = in_.card16At(at_ + 2);
        int addressN_ = addressLen;
        int pos_ = at_ + 4;
        byte[] address = new ByteList(in_, pos_, addressN_).copy();
        pos_ += addressN_;
        pos_ = (pos_ + 3) & -4;
        return new Host(family, address);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += address.length;
        n = (n + 3) & -4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(family);
        o.zeros(1);
        o.u16(address.length);
        o.bytes(address);
        o.zeros(-o.size() & 3);
    }
}
