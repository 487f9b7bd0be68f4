// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryFence request (minor opcode 18).
 *
 * @param fence FENCE
 */
public record QueryFence(int fence) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryFence parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int fence = in_.int32At(4);
        return new QueryFence(fence);
    }

    /**
     * The reply to QueryFence.
     *
     * @param triggered BOOL
     */
    public record Reply(boolean triggered) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.bool(triggered);
            o.zeros(23);
        }
    }
}
