// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetPointerMapping request (opcode 117).
 */
public record GetPointerMapping() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetPointerMapping parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetPointerMapping();
    }

    /**
     * The reply to GetPointerMapping.
     *
     * @param map list of CARD8, map_len items
     */
    public record Reply(byte[] map) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, map.length);
            o.zeros(24);
            o.bytes(map);
        }
    }
}
