// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * InputSelected request (minor opcode 7).
 *
 * @param destinationWindow WINDOW
 */
public record InputSelected(int destinationWindow) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static InputSelected parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int destinationWindow = in_.int32At(4);
        return new InputSelected(destinationWindow);
    }

    /**
     * The reply to InputSelected.
     *
     * @param enabled BOOL
     */
    public record Reply(boolean enabled) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, (enabled ? 1 : 0));
        }
    }
}
