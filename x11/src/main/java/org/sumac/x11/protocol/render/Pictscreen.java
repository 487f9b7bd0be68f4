// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * The PICTSCREEN struct (variable size).
 *
 * @param fallback PICTFORMAT
 * @param depths list of PICTDEPTH, num_depths items
 */
public record Pictscreen(int fallback, java.util.List<Pictdepth> depths) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Pictscreen read(RequestReader in_, int at_) {
        int numDepths = in_.int32At(at_);
        int fallback = in_.int32At(at_ + 4);
        int depthsN_ = numDepths;
        int pos_ = at_ + 8;
        if (depthsN_ < 0) throw XError.length();
        java.util.List<Pictdepth> depths = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < depthsN_; i_++) {
            Pictdepth e_ = Pictdepth.read(in_, pos_);
            pos_ += e_.wireSize();
            depths.add(e_);
        }
        return new Pictscreen(fallback, depths);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += 4;
        for (var e_ : depths) n += e_.wireSize();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(depths.size());
        o.i32(fallback);
        for (var e_ : depths) e_.write(o);
    }
}
