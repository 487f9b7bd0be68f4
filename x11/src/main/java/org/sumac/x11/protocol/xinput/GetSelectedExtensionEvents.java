// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetSelectedExtensionEvents request (minor opcode 7).
 *
 * @param window WINDOW
 */
public record GetSelectedExtensionEvents(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetSelectedExtensionEvents parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetSelectedExtensionEvents(window);
    }

    /**
     * The reply to GetSelectedExtensionEvents.
     *
     * @param xiReplyType CARD8
     * @param thisClasses list of EventClass, num_this_classes items
     * @param allClasses list of EventClass, num_all_classes items
     */
    public record Reply(int xiReplyType, int[] thisClasses, int[] allClasses) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u16(thisClasses.length);
            o.u16(allClasses.length);
            o.zeros(20);
            for (var e_ : thisClasses) o.i32(e_);
            for (var e_ : allClasses) o.i32(e_);
        }
    }
}
