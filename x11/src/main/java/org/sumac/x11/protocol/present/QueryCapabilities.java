// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryCapabilities request (minor opcode 4).
 *
 * @param target CARD32
 */
public record QueryCapabilities(int target) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryCapabilities parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int target = in_.int32At(4);
        return new QueryCapabilities(target);
    }

    /**
     * The reply to QueryCapabilities.
     *
     * @param capabilities CARD32
     */
    public record Reply(int capabilities) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(capabilities);
        }
    }
}
