// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetClipRectangles request (opcode 59).
 *
 * @param ordering BYTE, values of ClipOrdering
 * @param gc GCONTEXT
 * @param clipXOrigin INT16
 * @param clipYOrigin INT16
 * @param rectangles list of RECTANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record SetClipRectangles(int ordering, int gc, int clipXOrigin, int clipYOrigin, RectangleList rectangles) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether rectangles
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static SetClipRectangles parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int ordering = in_.card8At(1);
        int gc = in_.int32At(4);
        int clipXOrigin = in_.int16At(8);
        int clipYOrigin = in_.int16At(10);
        RectangleList rectangles = (in_.length() - 12) % 8 == 0
            ? new RectangleList(in_, 12, (in_.length() - 12) / 8) : null;
        return new SetClipRectangles(ordering, gc, clipXOrigin, clipYOrigin, rectangles);
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
