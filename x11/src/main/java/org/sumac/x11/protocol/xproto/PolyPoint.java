// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolyPoint request (opcode 64).
 *
 * @param coordinateMode BYTE, values of CoordMode
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param points list of POINT, the rest of the request
 */
public record PolyPoint(int coordinateMode, int drawable, int gc, PointList points) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static PolyPoint parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int coordinateMode = in_.card8At(1);
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int pointsN_ = (in_.length() - pos_) / 4;
        PointList points = new PointList(in_, pos_, pointsN_);
        pos_ += pointsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new PolyPoint(coordinateMode, drawable, gc, points);
    }
}
