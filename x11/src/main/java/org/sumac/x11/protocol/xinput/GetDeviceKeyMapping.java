// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceKeyMapping request (minor opcode 24).
 *
 * @param deviceId CARD8
 * @param firstKeycode KeyCode
 * @param count CARD8
 */
public record GetDeviceKeyMapping(int deviceId, int firstKeycode, int count) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceKeyMapping parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        int firstKeycode = in_.card8At(5);
        int count = in_.card8At(6);
        return new GetDeviceKeyMapping(deviceId, firstKeycode, count);
    }

    /**
     * The reply to GetDeviceKeyMapping.
     *
     * @param xiReplyType CARD8
     * @param keysymsPerKeycode CARD8
     * @param keysyms list of KEYSYM, length items
     */
    public record Reply(int xiReplyType, int keysymsPerKeycode, int[] keysyms) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u8(keysymsPerKeycode);
            o.zeros(23);
            for (var e_ : keysyms) o.i32(e_);
        }
    }
}
