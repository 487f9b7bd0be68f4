// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryPictIndexValues request (minor opcode 2).
 *
 * @param format PICTFORMAT
 */
public record QueryPictIndexValues(int format) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryPictIndexValues parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int format = in_.int32At(4);
        return new QueryPictIndexValues(format);
    }

    /**
     * The reply to QueryPictIndexValues.
     *
     * @param values list of INDEXVALUE, num_values items
     */
    public record Reply(java.util.List<Indexvalue> values) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(values.size());
            o.zeros(20);
            for (var e_ : values) e_.write(o);
        }
    }
}
