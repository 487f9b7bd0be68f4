// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The PICTFORMINFO struct (28 bytes).
 *
 * @param id PICTFORMAT
 * @param type CARD8, values of PictType
 * @param depth CARD8
 * @param direct DIRECTFORMAT
 * @param colormap COLORMAP
 */
public record Pictforminfo(int id, int type, int depth, Directformat direct, int colormap) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static Pictforminfo read(RequestReader in_, int at_) {
        int id = in_.int32At(at_);
        int type = in_.card8At(at_ + 4);
        int depth = in_.card8At(at_ + 5);
        Directformat direct = Directformat.read(in_, at_ + 8);
        int colormap = in_.int32At(at_ + 24);
        return new Pictforminfo(id, type, depth, direct, colormap);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(id);
        o.u8(type);
        o.u8(depth);
        o.zeros(2);
        direct.write(o);
        o.i32(colormap);
    }
}
