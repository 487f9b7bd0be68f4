// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetOutputPrimary request (minor opcode 31).
 *
 * @param window WINDOW
 */
public record GetOutputPrimary(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetOutputPrimary parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetOutputPrimary(window);
    }

    /**
     * The reply to GetOutputPrimary.
     *
     * @param output OUTPUT
     */
    public record Reply(int output) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(output);
        }
    }
}
