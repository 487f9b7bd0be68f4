// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryClientIds request (minor opcode 4).
 *
 * @param numSpecs CARD32
 * @param specs list of ClientIdSpec, num_specs items
 */
public record QueryClientIds(int numSpecs, ClientIdSpecList specs) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static QueryClientIds parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int numSpecs = in_.int32At(4);
        int specsN_ = numSpecs;
        int pos_ = 8;
        ClientIdSpecList specs = new ClientIdSpecList(in_, pos_, specsN_);
        pos_ += specsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new QueryClientIds(numSpecs, specs);
    }

    /**
     * The reply to QueryClientIds.
     *
     * @param ids list of ClientIdValue, num_ids items
     */
    public record Reply(java.util.List<ClientIdValue> ids) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(ids.size());
            o.zeros(20);
            for (var e_ : ids) e_.write(o);
        }
    }
}
