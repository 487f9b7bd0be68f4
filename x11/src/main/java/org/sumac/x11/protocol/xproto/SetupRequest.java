// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SetupRequest struct (variable size).
 *
 * @param byteOrder CARD8
 * @param protocolMajorVersion CARD16
 * @param protocolMinorVersion CARD16
 * @param authorizationProtocolName list of char, authorization_protocol_name_len items
 * @param authorizationProtocolData list of char, authorization_protocol_data_len items
 */
public record SetupRequest(int byteOrder, int protocolMajorVersion, int protocolMinorVersion, String authorizationProtocolName, String authorizationProtocolData) {
    /** Reads one from a request, at an offset from the request's start. */
    public static SetupRequest read(RequestReader in_, int at_) {
        int byteOrder = in_.card8At(at_);
        int protocolMajorVersion = in_.card16At(at_ + 2);
        int protocolMinorVersion = in_.card16At(at_ + 4);
        int authorizationProtocolNameLen = in_.card16At(at_ + 6);
        int authorizationProtocolDataLen = in_.card16At(at_ + 8);
        int authorizationProtocolNameN_ = authorizationProtocolNameLen;
        int pos_ = at_ + 12;
        String authorizationProtocolName = new ByteList(in_, pos_, authorizationProtocolNameN_).string();
        pos_ += authorizationProtocolNameN_;
        pos_ = (pos_ + 3) & -4;
        int authorizationProtocolDataN_ = authorizationProtocolDataLen;
        String authorizationProtocolData = new ByteList(in_, pos_, authorizationProtocolDataN_).string();
        pos_ += authorizationProtocolDataN_;
        pos_ = (pos_ + 3) & -4;
        return new SetupRequest(byteOrder, protocolMajorVersion, protocolMinorVersion, authorizationProtocolName, authorizationProtocolData);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += authorizationProtocolName.length();
        n = (n + 3) & -4;
        n += authorizationProtocolData.length();
        n = (n + 3) & -4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(byteOrder);
        o.zeros(1);
        o.u16(protocolMajorVersion);
        o.u16(protocolMinorVersion);
        o.u16(authorizationProtocolName.length());
        o.u16(authorizationProtocolData.length());
        o.zeros(2);
        o.string8(authorizationProtocolName);
        o.zeros(-o.size() & 3);
        o.string8(authorizationProtocolData);
        o.zeros(-o.size() & 3);
    }
}
