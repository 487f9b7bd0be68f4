// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCursorName request (minor opcode 24).
 *
 * @param cursor CURSOR
 */
public record GetCursorName(int cursor) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCursorName parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int cursor = in_.int32At(4);
        return new GetCursorName(cursor);
    }

    /**
     * The reply to GetCursorName.
     *
     * @param atom ATOM
     * @param name list of char, nbytes items
     */
    public record Reply(int atom, String name) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(atom);
            o.u16(name.length());
            o.zeros(18);
            o.string8(name);
        }
    }
}
