// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * CreateRadialGradient request (minor opcode 35).
 *
 * @param picture PICTURE
 * @param inner POINTFIX
 * @param outer POINTFIX
 * @param innerRadius FIXED
 * @param outerRadius FIXED
 * @param numStops CARD32
 * @param stops list of FIXED, num_stops items
 * @param colors list of COLOR, num_stops items
 */
public record CreateRadialGradient(int picture, Pointfix inner, Pointfix outer, int innerRadius, int outerRadius, int numStops, Card32List stops, ColorList colors) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateRadialGradient parse(RequestReader in_) {
        if (in_.length() < 36) throw XError.length();
        int picture = in_.int32At(4);
        Pointfix inner = Pointfix.read(in_, 8);
        Pointfix outer = Pointfix.read(in_, 16);
        int innerRadius = in_.int32At(24);
        int outerRadius = in_.int32At(28);
        int numStops = in_.int32At(32);
        int stopsN_ = numStops;
        int pos_ = 36;
        Card32List stops = new Card32List(in_, pos_, stopsN_);
        pos_ += stopsN_ * 4;
        int colorsN_ = numStops;
        ColorList colors = new ColorList(in_, pos_, colorsN_);
        pos_ += colorsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateRadialGradient(picture, inner, outer, innerRadius, outerRadius, numStops, stops, colors);
    }
}
