// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ARC struct (12 bytes).
 *
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param angle1 INT16
 * @param angle2 INT16
 */
public record Arc(int x, int y, int width, int height, int angle1, int angle2) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static Arc read(RequestReader in_, int at_) {
        int x = in_.int16At(at_);
        int y = in_.int16At(at_ + 2);
        int width = in_.card16At(at_ + 4);
        int height = in_.card16At(at_ + 6);
        int angle1 = in_.int16At(at_ + 8);
        int angle2 = in_.int16At(at_ + 10);
        return new Arc(x, y, width, height, angle1, angle2);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.u16(angle1);
        o.u16(angle2);
    }
}
