// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SEGMENT struct (8 bytes).
 *
 * @param x1 INT16
 * @param y1 INT16
 * @param x2 INT16
 * @param y2 INT16
 */
public record Segment(int x1, int y1, int x2, int y2) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Segment read(RequestReader in_, int at_) {
        int x1 = in_.int16At(at_);
        int y1 = in_.int16At(at_ + 2);
        int x2 = in_.int16At(at_ + 4);
        int y2 = in_.int16At(at_ + 6);
        return new Segment(x1, y1, x2, y2);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(x1);
        o.u16(y1);
        o.u16(x2);
        o.u16(y2);
    }
}
