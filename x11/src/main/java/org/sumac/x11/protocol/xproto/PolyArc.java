// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolyArc request (opcode 68).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param arcs list of ARC, the rest of the request
 */
public record PolyArc(int drawable, int gc, ArcList arcs) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static PolyArc parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 12 != 0) throw XError.length();
        int arcsN_ = (in_.length() - pos_) / 12;
        ArcList arcs = new ArcList(in_, pos_, arcsN_);
        pos_ += arcsN_ * 12;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new PolyArc(drawable, gc, arcs);
    }
}
