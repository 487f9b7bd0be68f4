// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FillRectangles request (minor opcode 26).
 *
 * @param op CARD8, values of PictOp
 * @param dst PICTURE
 * @param color COLOR
 * @param rects list of RECTANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record FillRectangles(int op, int dst, Color color, org.sumac.x11.protocol.xproto.RectangleList rects) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether rects
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static FillRectangles parse(RequestReader in_) {
        if (in_.length() < 20) throw XError.length();
        int op = in_.card8At(4);
        int dst = in_.int32At(8);
        Color color = Color.read(in_, 12);
        org.sumac.x11.protocol.xproto.RectangleList rects = (in_.length() - 20) % 8 == 0
            ? new org.sumac.x11.protocol.xproto.RectangleList(in_, 20, (in_.length() - 20) / 8) : null;
        return new FillRectangles(op, dst, color, rects);
    }

    /**
     * The rects, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public org.sumac.x11.protocol.xproto.RectangleList rects() {
        if (rects == null) throw XError.length();
        return rects;
    }
}
