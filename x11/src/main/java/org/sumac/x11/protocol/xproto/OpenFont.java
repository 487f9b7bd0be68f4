// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * OpenFont request (opcode 45).
 *
 * @param fid FONT
 * @param nameLen CARD16
 * @param name list of char, name_len items
 */
public record OpenFont(int fid, int nameLen, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static OpenFont parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int fid = in_.int32At(4);
        int nameLen = in_.card16At(8);
        int nameN_ = nameLen;
        int pos_ = 12;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new OpenFont(fid, nameLen, name);
    }
}
