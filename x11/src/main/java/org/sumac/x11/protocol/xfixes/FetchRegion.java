// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * FetchRegion request (minor opcode 19).
 *
 * @param region REGION
 */
public record FetchRegion(int region) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FetchRegion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int region = in_.int32At(4);
        return new FetchRegion(region);
    }

    /**
     * The reply to FetchRegion.
     *
     * @param extents RECTANGLE
     * @param rectangles list of RECTANGLE, length by an expression
     */
    public record Reply(org.sumac.x11.protocol.xproto.Rectangle extents, java.util.List<org.sumac.x11.protocol.xproto.Rectangle> rectangles) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            extents.write(o);
            o.zeros(16);
            for (var e_ : rectangles) e_.write(o);
        }
    }
}
