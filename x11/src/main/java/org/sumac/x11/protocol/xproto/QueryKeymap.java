// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryKeymap request (opcode 44).
 */
public record QueryKeymap() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryKeymap parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new QueryKeymap();
    }

    /**
     * The reply to QueryKeymap.
     *
     * @param keys list of CARD8, 32 items
     */
    public record Reply(byte[] keys) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            if (keys.length != 32) throw new IllegalArgumentException("keys: 32 items");
            o.bytes(keys);
        }
    }
}
