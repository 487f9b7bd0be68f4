// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetSelectionOwner request (opcode 23).
 *
 * @param selection ATOM
 */
public record GetSelectionOwner(int selection) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetSelectionOwner parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int selection = in_.int32At(4);
        return new GetSelectionOwner(selection);
    }

    /**
     * The reply to GetSelectionOwner.
     *
     * @param owner WINDOW
     */
    public record Reply(int owner) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(owner);
        }
    }
}
