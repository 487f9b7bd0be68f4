// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The PICTVISUAL struct (8 bytes).
 *
 * @param visual VISUALID
 * @param format PICTFORMAT
 */
public record Pictvisual(int visual, int format) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Pictvisual read(RequestReader in_, int at_) {
        int visual = in_.int32At(at_);
        int format = in_.int32At(at_ + 4);
        return new Pictvisual(visual, format);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(visual);
        o.i32(format);
    }
}
