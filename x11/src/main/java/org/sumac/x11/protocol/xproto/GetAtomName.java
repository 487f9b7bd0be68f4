// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetAtomName request (opcode 17).
 *
 * @param atom ATOM
 */
public record GetAtomName(int atom) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetAtomName parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int atom = in_.int32At(4);
        return new GetAtomName(atom);
    }

    /**
     * The reply to GetAtomName.
     *
     * @param name list of char, name_len items
     */
    public record Reply(String name) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(name.length());
            o.zeros(22);
            o.string8(name);
        }
    }
}
