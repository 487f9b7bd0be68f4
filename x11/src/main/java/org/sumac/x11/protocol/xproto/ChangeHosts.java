// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * ChangeHosts request (opcode 109).
 *
 * @param mode CARD8, values of HostMode
 * @param family CARD8, values of Family
 * @param addressLen CARD16
 * @param address list of BYTE, address_len items
 */
public record ChangeHosts(int mode, int family, int addressLen, ByteList address) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangeHosts parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int mode = in_.card8At(1);
        int family = in_.card8At(4);
        int addressLen = in_.card16At(6);
        int addressN_ = addressLen;
        int pos_ = 8;
        ByteList address = new ByteList(in_, pos_, addressN_);
        pos_ += addressN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangeHosts(mode, family, addressLen, address);
    }
}
