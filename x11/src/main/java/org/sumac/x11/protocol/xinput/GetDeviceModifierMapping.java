// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceModifierMapping request (minor opcode 26).
 *
 * @param deviceId CARD8
 */
public record GetDeviceModifierMapping(int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceModifierMapping parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        return new GetDeviceModifierMapping(deviceId);
    }

    /**
     * The reply to GetDeviceModifierMapping.
     *
     * @param xiReplyType CARD8
     * @param keycodesPerModifier CARD8
     * @param keymaps list of CARD8, length by an expression
     */
    public record Reply(int xiReplyType, int keycodesPerModifier, byte[] keymaps) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u8(keycodesPerModifier);
            o.zeros(23);
            o.bytes(keymaps);
        }
    }
}
