// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolyRectangle request (opcode 67).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param rectangles list of RECTANGLE, the rest of the request
 */
public record PolyRectangle(int drawable, int gc, RectangleList rectangles) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static PolyRectangle parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int rectanglesN_ = (in_.length() - pos_) / 8;
        RectangleList rectangles = new RectangleList(in_, pos_, rectanglesN_);
        pos_ += rectanglesN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new PolyRectangle(drawable, gc, rectangles);
    }
}
