// Generated from xcb-proto 1.15.2 (xtest.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xtest;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * CompareCursor request (minor opcode 1).
 *
 * @param window WINDOW
 * @param cursor CURSOR
 */
public record CompareCursor(int window, int cursor) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CompareCursor parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int cursor = in_.int32At(8);
        return new CompareCursor(window, cursor);
    }

    /**
     * The reply to CompareCursor.
     *
     * @param same BOOL
     */
    public record Reply(boolean same) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, (same ? 1 : 0));
        }
    }
}
