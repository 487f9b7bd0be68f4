// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DEPTH struct (variable size).
 *
 * @param depth CARD8
 * @param visuals list of VISUALTYPE, visuals_len items
 */
public record Depth(int depth, java.util.List<Visualtype> visuals) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Depth read(RequestReader in_, int at_) {
        int depth = in_.card8At(at_);
        int visualsLen = in_.card16At(at_ + 2);
        int visualsN_ = visualsLen;
        int pos_ = at_ + 8;
        java.util.List<Visualtype> visuals = VisualtypeList.copy(in_, pos_, visualsN_);
        pos_ += visualsN_ * 24;
        return new Depth(depth, visuals);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += 4;
        n += visuals.size() * 24;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(depth);
        o.zeros(1);
        o.u16(visuals.size());
        o.zeros(4);
        for (var e_ : visuals) e_.write(o);
    }
}
