// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The Outline struct (variable size).
 *
 * @param cornerRadius CARD8
 * @param points list of POINT, nPoints items
 */
public record Outline(int cornerRadius, java.util.List<org.sumac.x11.protocol.xproto.Point> points) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Outline read(RequestReader in_, int at_) {
        int nPoints = in_.card8At(at_);
        int cornerRadius = in_.card8At(at_ + 1);
        int pointsN_ = nPoints;
        int pos_ = at_ + 4;
        java.util.List<org.sumac.x11.protocol.xproto.Point> points = org.sumac.x11.protocol.xproto.PointList.copy(in_, pos_, pointsN_);
        pos_ += pointsN_ * 4;
        return new Outline(cornerRadius, points);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += points.size() * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(points.size());
        o.u8(cornerRadius);
        o.zeros(2);
        for (var e_ : points) e_.write(o);
    }
}
