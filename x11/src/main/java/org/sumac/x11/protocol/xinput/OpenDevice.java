// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * OpenDevice request (minor opcode 3).
 *
 * @param deviceId CARD8
 */
public record OpenDevice(int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static OpenDevice parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        return new OpenDevice(deviceId);
    }

    /**
     * The reply to OpenDevice.
     *
     * @param xiReplyType CARD8
     * @param classInfo list of InputClassInfo, num_classes items
     */
    public record Reply(int xiReplyType, java.util.List<InputClassInfo> classInfo) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u8(classInfo.size());
            o.zeros(23);
            for (var e_ : classInfo) e_.write(o);
            o.zeros(-o.size() & 3);
        }
    }
}
