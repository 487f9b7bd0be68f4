// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetInputFocus request (opcode 43).
 */
public record GetInputFocus() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetInputFocus parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetInputFocus();
    }

    /**
     * The reply to GetInputFocus.
     *
     * @param revertTo CARD8, values of InputFocus
     * @param focus WINDOW
     */
    public record Reply(int revertTo, int focus) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, revertTo);
            o.i32(focus);
        }
    }
}
