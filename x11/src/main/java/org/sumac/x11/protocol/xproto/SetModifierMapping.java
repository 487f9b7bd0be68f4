// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetModifierMapping request (opcode 118).
 *
 * @param keycodesPerModifier CARD8
 * @param keycodes list of KEYCODE, length by an expression
 */
public record SetModifierMapping(int keycodesPerModifier, ByteList keycodes) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetModifierMapping parse(RequestReader in_) {
        if (in_.length() < 4) throw XError.length();
        int keycodesPerModifier = in_.card8At(1);
        int keycodesN_ = (keycodesPerModifier * 8);
        int pos_ = 4;
        ByteList keycodes = new ByteList(in_, pos_, keycodesN_);
        pos_ += keycodesN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetModifierMapping(keycodesPerModifier, keycodes);
    }

    /**
     * The reply to SetModifierMapping.
     *
     * @param status BYTE, values of MappingStatus
     */
    public record Reply(int status) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
        }
    }
}
