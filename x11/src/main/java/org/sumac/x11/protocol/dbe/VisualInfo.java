// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The VisualInfo struct (8 bytes).
 *
 * @param visualId VISUALID
 * @param depth CARD8
 * @param perfLevel CARD8
 */
public record VisualInfo(int visualId, int depth, int perfLevel) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static VisualInfo read(RequestReader in_, int at_) {
        int visualId = in_.int32At(at_);
        int depth = in_.card8At(at_ + 4);
        int perfLevel = in_.card8At(at_ + 5);
        return new VisualInfo(visualId, depth, perfLevel);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(visualId);
        o.u8(depth);
        o.u8(perfLevel);
        o.zeros(2);
    }
}
