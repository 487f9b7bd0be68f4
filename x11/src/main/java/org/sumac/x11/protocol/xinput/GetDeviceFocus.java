// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceFocus request (minor opcode 20).
 *
 * @param deviceId CARD8
 */
public record GetDeviceFocus(int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceFocus parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        return new GetDeviceFocus(deviceId);
    }

    /**
     * The reply to GetDeviceFocus.
     *
     * @param xiReplyType CARD8
     * @param focus WINDOW
     * @param time TIMESTAMP
     * @param revertTo CARD8, values of InputFocus
     */
    public record Reply(int xiReplyType, int focus, int time, int revertTo) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.i32(focus);
            o.i32(time);
            o.u8(revertTo);
            o.zeros(15);
        }
    }
}
