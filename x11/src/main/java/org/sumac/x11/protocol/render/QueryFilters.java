// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryFilters request (minor opcode 29).
 *
 * @param drawable DRAWABLE
 */
public record QueryFilters(int drawable) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryFilters parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int drawable = in_.int32At(4);
        return new QueryFilters(drawable);
    }

    /**
     * The reply to QueryFilters.
     *
     * @param aliases list of CARD16, num_aliases items
     * @param filters list of STR, num_filters items
     */
    public record Reply(int[] aliases, java.util.List<org.sumac.x11.protocol.xproto.Str> filters) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(aliases.length);
            o.i32(filters.size());
            o.zeros(16);
            for (var e_ : aliases) o.u16(e_);
            for (var e_ : filters) e_.write(o);
        }
    }
}
