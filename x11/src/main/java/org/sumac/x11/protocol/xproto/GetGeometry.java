// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetGeometry request (opcode 14).
 *
 * @param drawable DRAWABLE
 */
public record GetGeometry(int drawable) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetGeometry parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int drawable = in_.int32At(4);
        return new GetGeometry(drawable);
    }

    /**
     * The reply to GetGeometry.
     *
     * @param depth CARD8
     * @param root WINDOW
     * @param x INT16
     * @param y INT16
     * @param width CARD16
     * @param height CARD16
     * @param borderWidth CARD16
     */
    public record Reply(int depth, int root, int x, int y, int width, int height, int borderWidth) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, depth);
            o.i32(root);
            o.u16(x);
            o.u16(y);
            o.u16(width);
            o.u16(height);
            o.u16(borderWidth);
            o.zeros(2);
        }
    }
}
