// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryResourceBytes request (minor opcode 5).
 *
 * @param client CARD32
 * @param numSpecs CARD32
 * @param specs list of ResourceIdSpec, num_specs items
 */
public record QueryResourceBytes(int client, int numSpecs, ResourceIdSpecList specs) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static QueryResourceBytes parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int client = in_.int32At(4);
        int numSpecs = in_.int32At(8);
        int specsN_ = numSpecs;
        int pos_ = 12;
        ResourceIdSpecList specs = new ResourceIdSpecList(in_, pos_, specsN_);
        pos_ += specsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new QueryResourceBytes(client, numSpecs, specs);
    }

    /**
     * The reply to QueryResourceBytes.
     *
     * @param sizes list of ResourceSizeValue, num_sizes items
     */
    public record Reply(java.util.List<ResourceSizeValue> sizes) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(sizes.size());
            o.zeros(20);
            for (var e_ : sizes) e_.write(o);
        }
    }
}
