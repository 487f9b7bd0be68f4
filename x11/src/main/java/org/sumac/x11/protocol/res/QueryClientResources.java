// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryClientResources request (minor opcode 2).
 *
 * @param xid CARD32
 */
public record QueryClientResources(int xid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryClientResources parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int xid = in_.int32At(4);
        return new QueryClientResources(xid);
    }

    /**
     * The reply to QueryClientResources.
     *
     * @param types list of Type, num_types items
     */
    public record Reply(java.util.List<Type> types) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(types.size());
            o.zeros(20);
            for (var e_ : types) e_.write(o);
        }
    }
}
