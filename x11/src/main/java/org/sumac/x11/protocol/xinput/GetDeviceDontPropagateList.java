// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceDontPropagateList request (minor opcode 9).
 *
 * @param window WINDOW
 */
public record GetDeviceDontPropagateList(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceDontPropagateList parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetDeviceDontPropagateList(window);
    }

    /**
     * The reply to GetDeviceDontPropagateList.
     *
     * @param xiReplyType CARD8
     * @param classes list of EventClass, num_classes items
     */
    public record Reply(int xiReplyType, int[] classes) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u16(classes.length);
            o.zeros(22);
            for (var e_ : classes) o.i32(e_);
        }
    }
}
