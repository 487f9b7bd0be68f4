// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * The Shape struct (variable size).
 *
 * @param name ATOM
 * @param primaryNdx CARD8
 * @param approxNdx CARD8
 * @param outlines list of Outline, nOutlines items
 */
public record Shape(int name, int primaryNdx, int approxNdx, java.util.List<Outline> outlines) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Shape read(RequestReader in_, int at_) {
        int name = in_.int32At(at_);
        int nOutlines = in_.card8At(at_ + 4);
        int primaryNdx = in_.card8At(at_ + 5);
        int approxNdx = in_.card8At(at_ + 6);
        int outlinesN_ = nOutlines;
        int pos_ = at_ + 8;
        if (outlinesN_ < 0) throw XError.length();
        java.util.List<Outline> outlines = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < outlinesN_; i_++) {
            Outline e_ = Outline.read(in_, pos_);
            pos_ += e_.wireSize();
            outlines.add(e_);
        }
        return new Shape(name, primaryNdx, approxNdx, outlines);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        for (var e_ : outlines) n += e_.wireSize();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(name);
        o.u8(outlines.size());
        o.u8(primaryNdx);
        o.u8(approxNdx);
        o.zeros(1);
        for (var e_ : outlines) e_.write(o);
    }
}
