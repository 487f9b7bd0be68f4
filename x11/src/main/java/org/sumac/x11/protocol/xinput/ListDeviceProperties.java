// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListDeviceProperties request (minor opcode 36).
 *
 * @param deviceId CARD8
 */
public record ListDeviceProperties(int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListDeviceProperties parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        return new ListDeviceProperties(deviceId);
    }

    /**
     * The reply to ListDeviceProperties.
     *
     * @param xiReplyType CARD8
     * @param atoms list of ATOM, num_atoms items
     */
    public record Reply(int xiReplyType, int[] atoms) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u16(atoms.length);
            o.zeros(22);
            for (var e_ : atoms) o.i32(e_);
        }
    }
}
