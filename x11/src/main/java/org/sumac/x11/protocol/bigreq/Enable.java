// Generated from xcb-proto 1.15.2 (bigreq.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.bigreq;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * Enable request (minor opcode 0).
 */
public record Enable() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Enable parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new Enable();
    }

    /**
     * The reply to Enable.
     *
     * @param maximumRequestLength CARD32
     */
    public record Reply(int maximumRequestLength) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(maximumRequestLength);
        }
    }
}
