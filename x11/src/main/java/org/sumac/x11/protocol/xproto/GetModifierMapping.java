// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetModifierMapping request (opcode 119).
 */
public record GetModifierMapping() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetModifierMapping parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetModifierMapping();
    }

    /**
     * The reply to GetModifierMapping.
     *
     * @param keycodesPerModifier CARD8
     * @param keycodes list of KEYCODE, length by an expression
     */
    public record Reply(int keycodesPerModifier, byte[] keycodes) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, keycodesPerModifier);
            o.zeros(24);
            o.bytes(keycodes);
        }
    }
}
