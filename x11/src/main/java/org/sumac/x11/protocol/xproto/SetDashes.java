// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetDashes request (opcode 58).
 *
 * @param gc GCONTEXT
 * @param dashOffset CARD16
 * @param dashesLen CARD16
 * @param dashes list of CARD8, dashes_len items
 */
public record SetDashes(int gc, int dashOffset, int dashesLen, ByteList dashes) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetDashes parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int gc = in_.int32At(4);
        int dashOffset = in_.card16At(8);
        int dashesLen = in_.card16At(10);
        int dashesN_ = dashesLen;
        int pos_ = 12;
        ByteList dashes = new ByteList(in_, pos_, dashesN_);
        pos_ += dashesN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetDashes(gc, dashOffset, dashesLen, dashes);
    }
}
