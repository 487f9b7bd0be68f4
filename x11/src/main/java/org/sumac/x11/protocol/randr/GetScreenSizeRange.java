// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetScreenSizeRange request (minor opcode 6).
 *
 * @param window WINDOW
 */
public record GetScreenSizeRange(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetScreenSizeRange parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetScreenSizeRange(window);
    }

    /**
     * The reply to GetScreenSizeRange.
     *
     * @param minWidth CARD16
     * @param minHeight CARD16
     * @param maxWidth CARD16
     * @param maxHeight CARD16
     */
    public record Reply(int minWidth, int minHeight, int maxWidth, int maxHeight) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(minWidth);
            o.u16(minHeight);
            o.u16(maxWidth);
            o.u16(maxHeight);
            o.zeros(16);
        }
    }
}
