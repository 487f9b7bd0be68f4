// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryClientPixmapBytes request (minor opcode 3).
 *
 * @param xid CARD32
 */
public record QueryClientPixmapBytes(int xid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryClientPixmapBytes parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int xid = in_.int32At(4);
        return new QueryClientPixmapBytes(xid);
    }

    /**
     * The reply to QueryClientPixmapBytes.
     *
     * @param bytes CARD32
     * @param bytesOverflow CARD32
     */
    public record Reply(int bytes, int bytesOverflow) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(bytes);
            o.i32(bytesOverflow);
        }
    }
}
