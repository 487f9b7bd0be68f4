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
 * @param rects list of RECTANGLE, the rest of the request
 */
public record FillRectangles(int op, int dst, Color color, org.sumac.x11.protocol.xproto.RectangleList rects) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static FillRectangles parse(RequestReader in_) {
        if (in_.length() < 20) throw XError.length();
        int op = in_.card8At(4);
        int dst = in_.int32At(8);
        Color color = Color.read(in_, 12);
        int pos_ = 20;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int rectsN_ = (in_.length() - pos_) / 8;
        org.sumac.x11.protocol.xproto.RectangleList rects = new org.sumac.x11.protocol.xproto.RectangleList(in_, pos_, rectsN_);
        pos_ += rectsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new FillRectangles(op, dst, color, rects);
    }
}
