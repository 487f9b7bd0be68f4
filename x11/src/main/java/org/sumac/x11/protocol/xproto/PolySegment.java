// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolySegment request (opcode 66).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param segments list of SEGMENT, the rest of the request
 */
public record PolySegment(int drawable, int gc, SegmentList segments) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static PolySegment parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int segmentsN_ = (in_.length() - pos_) / 8;
        SegmentList segments = new SegmentList(in_, pos_, segmentsN_);
        pos_ += segmentsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new PolySegment(drawable, gc, segments);
    }
}
