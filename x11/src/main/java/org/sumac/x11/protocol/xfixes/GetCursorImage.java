// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCursorImage request (minor opcode 4).
 */
public record GetCursorImage() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCursorImage parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetCursorImage();
    }

    /**
     * The reply to GetCursorImage.
     *
     * @param x INT16
     * @param y INT16
     * @param width CARD16
     * @param height CARD16
     * @param xhot CARD16
     * @param yhot CARD16
     * @param cursorSerial CARD32
     * @param cursorImage list of CARD32, length by an expression
     */
    public record Reply(int x, int y, int width, int height, int xhot, int yhot, int cursorSerial, int[] cursorImage) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(x);
            o.u16(y);
            o.u16(width);
            o.u16(height);
            o.u16(xhot);
            o.u16(yhot);
            o.i32(cursorSerial);
            o.zeros(8);
            for (var e_ : cursorImage) o.i32(e_);
        }
    }
}
