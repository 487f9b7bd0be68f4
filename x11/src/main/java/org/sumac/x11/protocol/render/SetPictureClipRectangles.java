// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetPictureClipRectangles request (minor opcode 6).
 *
 * @param picture PICTURE
 * @param clipXOrigin INT16
 * @param clipYOrigin INT16
 * @param rectangles list of RECTANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record SetPictureClipRectangles(int picture, int clipXOrigin, int clipYOrigin, org.sumac.x11.protocol.xproto.RectangleList rectangles) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether rectangles
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static SetPictureClipRectangles parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int clipXOrigin = in_.int16At(8);
        int clipYOrigin = in_.int16At(10);
        org.sumac.x11.protocol.xproto.RectangleList rectangles = (in_.length() - 12) % 8 == 0
            ? new org.sumac.x11.protocol.xproto.RectangleList(in_, 12, (in_.length() - 12) / 8) : null;
        return new SetPictureClipRectangles(picture, clipXOrigin, clipYOrigin, rectangles);
    }

    /**
     * The rectangles, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public org.sumac.x11.protocol.xproto.RectangleList rectangles() {
        if (rectangles == null) throw XError.length();
        return rectangles;
    }
}
