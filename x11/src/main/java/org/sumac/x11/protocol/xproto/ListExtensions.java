// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListExtensions request (opcode 99).
 */
public record ListExtensions() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListExtensions parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new ListExtensions();
    }

    /**
     * The reply to ListExtensions.
     *
     * @param names list of STR, names_len items
     */
    public record Reply(java.util.List<Str> names) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, names.size());
            o.zeros(24);
            for (var e_ : names) e_.write(o);
        }
    }
}
