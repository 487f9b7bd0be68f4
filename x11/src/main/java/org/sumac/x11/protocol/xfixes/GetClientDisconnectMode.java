// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetClientDisconnectMode request (minor opcode 34).
 */
public record GetClientDisconnectMode() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetClientDisconnectMode parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetClientDisconnectMode();
    }

    /**
     * The reply to GetClientDisconnectMode.
     *
     * @param disconnectMode CARD32, mask of ClientDisconnectFlags
     */
    public record Reply(int disconnectMode) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(disconnectMode);
            o.zeros(20);
        }
    }
}
