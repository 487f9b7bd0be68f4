// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * CreateLinearGradient request (minor opcode 34).
 *
 * @param picture PICTURE
 * @param p1 POINTFIX
 * @param p2 POINTFIX
 * @param numStops CARD32
 * @param stops list of FIXED, num_stops items
 * @param colors list of COLOR, num_stops items
 */
public record CreateLinearGradient(int picture, Pointfix p1, Pointfix p2, int numStops, Card32List stops, ColorList colors) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateLinearGradient parse(RequestReader in_) {
        if (in_.length() < 28) throw XError.length();
        int picture = in_.int32At(4);
        Pointfix p1 = Pointfix.read(in_, 8);
        Pointfix p2 = Pointfix.read(in_, 16);
        int numStops = in_.int32At(24);
        int stopsN_ = numStops;
        int pos_ = 28;
        Card32List stops = new Card32List(in_, pos_, stopsN_);
        pos_ += stopsN_ * 4;
        int colorsN_ = numStops;
        ColorList colors = new ColorList(in_, pos_, colorsN_);
        pos_ += colorsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateLinearGradient(picture, p1, p2, numStops, stops, colors);
    }
}
