// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FillPoly request (opcode 69).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param shape CARD8, values of PolyShape
 * @param coordinateMode CARD8, values of CoordMode
 * @param points list of POINT, the rest of the request
 */
public record FillPoly(int drawable, int gc, int shape, int coordinateMode, PointList points) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static FillPoly parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int shape = in_.card8At(12);
        int coordinateMode = in_.card8At(13);
        int pos_ = 16;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int pointsN_ = (in_.length() - pos_) / 4;
        PointList points = new PointList(in_, pos_, pointsN_);
        pos_ += pointsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new FillPoly(drawable, gc, shape, coordinateMode, points);
    }
}
