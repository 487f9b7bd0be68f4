// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetPriority request (minor opcode 13).
 *
 * @param id CARD32
 */
public record GetPriority(int id) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetPriority parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int id = in_.int32At(4);
        return new GetPriority(id);
    }

    /**
     * The reply to GetPriority.
     *
     * @param priority INT32
     */
    public record Reply(int priority) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(priority);
        }
    }
}
