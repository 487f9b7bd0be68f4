// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetOverlayWindow request (minor opcode 7).
 *
 * @param window WINDOW
 */
public record GetOverlayWindow(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetOverlayWindow parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetOverlayWindow(window);
    }

    /**
     * The reply to GetOverlayWindow.
     *
     * @param overlayWin WINDOW
     */
    public record Reply(int overlayWin) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(overlayWin);
            o.zeros(20);
        }
    }
}
