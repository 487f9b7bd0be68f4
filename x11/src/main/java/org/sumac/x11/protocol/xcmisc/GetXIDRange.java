// Generated from xcb-proto 1.15.2 (xc_misc.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xcmisc;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetXIDRange request (minor opcode 1).
 */
public record GetXIDRange() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetXIDRange parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetXIDRange();
    }

    /**
     * The reply to GetXIDRange.
     *
     * @param startId CARD32
     * @param count CARD32
     */
    public record Reply(int startId, int count) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(startId);
            o.i32(count);
        }
    }
}
