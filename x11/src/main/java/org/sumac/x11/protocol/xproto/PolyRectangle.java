// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolyRectangle request (opcode 67).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param rectangles list of RECTANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record PolyRectangle(int drawable, int gc, RectangleList rectangles) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether rectangles
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static PolyRectangle parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        RectangleList rectangles = (in_.length() - 12) % 8 == 0
            ? new RectangleList(in_, 12, (in_.length() - 12) / 8) : null;
        return new PolyRectangle(drawable, gc, rectangles);
    }

    /**
     * The rectangles, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public RectangleList rectangles() {
        if (rectangles == null) throw XError.length();
        return rectangles;
    }
}
