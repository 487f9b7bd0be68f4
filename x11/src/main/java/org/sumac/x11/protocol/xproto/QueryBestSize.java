// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryBestSize request (opcode 97).
 *
 * @param cls CARD8, values of QueryShapeOf
 * @param drawable DRAWABLE
 * @param width CARD16
 * @param height CARD16
 */
public record QueryBestSize(int cls, int drawable, int width, int height) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryBestSize parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int cls = in_.card8At(1);
        int drawable = in_.int32At(4);
        int width = in_.card16At(8);
        int height = in_.card16At(10);
        return new QueryBestSize(cls, drawable, width, height);
    }

    /**
     * The reply to QueryBestSize.
     *
     * @param width CARD16
     * @param height CARD16
     */
    public record Reply(int width, int height) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(width);
            o.u16(height);
        }
    }
}
