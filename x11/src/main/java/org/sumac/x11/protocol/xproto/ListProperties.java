// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListProperties request (opcode 21).
 *
 * @param window WINDOW
 */
public record ListProperties(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListProperties parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new ListProperties(window);
    }

    /**
     * The reply to ListProperties.
     *
     * @param atoms list of ATOM, atoms_len items
     */
    public record Reply(int[] atoms) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(atoms.length);
            o.zeros(22);
            for (var e_ : atoms) o.i32(e_);
        }
    }
}
