// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetDeviceModifierMapping request (minor opcode 27).
 *
 * @param deviceId CARD8
 * @param keycodesPerModifier CARD8
 * @param keymaps list of CARD8, length by an expression
 */
public record SetDeviceModifierMapping(int deviceId, int keycodesPerModifier, ByteList keymaps) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetDeviceModifierMapping parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int deviceId = in_.card8At(4);
        int keycodesPerModifier = in_.card8At(5);
        int keymapsN_ = (keycodesPerModifier * 8);
        int pos_ = 8;
        ByteList keymaps = new ByteList(in_, pos_, keymapsN_);
        pos_ += keymapsN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetDeviceModifierMapping(deviceId, keycodesPerModifier, keymaps);
    }

    /**
     * The reply to SetDeviceModifierMapping.
     *
     * @param xiReplyType CARD8
     * @param status CARD8, values of MappingStatus
     */
    public record Reply(int xiReplyType, int status) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u8(status);
            o.zeros(23);
        }
    }
}
