// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceButtonMapping request (minor opcode 28).
 *
 * @param deviceId CARD8
 */
public record GetDeviceButtonMapping(int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceButtonMapping parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        return new GetDeviceButtonMapping(deviceId);
    }

    /**
     * The reply to GetDeviceButtonMapping.
     *
     * @param xiReplyType CARD8
     * @param map list of CARD8, map_size items
     */
    public record Reply(int xiReplyType, byte[] map) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u8(map.length);
            o.zeros(23);
            o.bytes(map);
            o.zeros(-o.size() & 3);
        }
    }
}
