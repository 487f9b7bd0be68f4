// Generated from xcb-proto 1.15.2 (xc_misc.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xcmisc;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetXIDList request (minor opcode 2).
 *
 * @param count CARD32
 */
public record GetXIDList(int count) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetXIDList parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int count = in_.int32At(4);
        return new GetXIDList(count);
    }

    /**
     * The reply to GetXIDList.
     *
     * @param ids list of CARD32, ids_len items
     */
    public record Reply(int[] ids) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(ids.length);
            o.zeros(20);
            for (var e_ : ids) o.i32(e_);
        }
    }
}
