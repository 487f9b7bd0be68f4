// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolySegment request (opcode 66).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param segments list of SEGMENT, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record PolySegment(int drawable, int gc, SegmentList segments) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether segments
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static PolySegment parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        SegmentList segments = (in_.length() - 12) % 8 == 0
            ? new SegmentList(in_, 12, (in_.length() - 12) / 8) : null;
        return new PolySegment(drawable, gc, segments);
    }

    /**
     * The segments, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public SegmentList segments() {
        if (segments == null) throw XError.length();
        return segments;
    }
}
