// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * XIGetSelectedEvents request (minor opcode 60).
 *
 * @param window WINDOW
 */
public record XIGetSelectedEvents(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIGetSelectedEvents parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new XIGetSelectedEvents(window);
    }

    /**
     * The reply to XIGetSelectedEvents.
     *
     * @param masks list of EventMask, num_masks items
     */
    public record Reply(java.util.List<EventMask> masks) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(masks.size());
            o.zeros(22);
            for (var e_ : masks) e_.write(o);
        }
    }
}
