// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ChangeKeyboardDevice request (minor opcode 11).
 *
 * @param deviceId CARD8
 */
public record ChangeKeyboardDevice(int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangeKeyboardDevice parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        return new ChangeKeyboardDevice(deviceId);
    }

    /**
     * The reply to ChangeKeyboardDevice.
     *
     * @param xiReplyType CARD8
     * @param status CARD8, values of GrabStatus
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
