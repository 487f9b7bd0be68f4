// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The GLYPHINFO struct (12 bytes).
 *
 * @param width CARD16
 * @param height CARD16
 * @param x INT16
 * @param y INT16
 * @param xOff INT16
 * @param yOff INT16
 */
public record Glyphinfo(int width, int height, int x, int y, int xOff, int yOff) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static Glyphinfo read(RequestReader in_, int at_) {
        int width = in_.card16At(at_);
        int height = in_.card16At(at_ + 2);
        int x = in_.int16At(at_ + 4);
        int y = in_.int16At(at_ + 6);
        int xOff = in_.int16At(at_ + 8);
        int yOff = in_.int16At(at_ + 10);
        return new Glyphinfo(width, height, x, y, xOff, yOff);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(width);
        o.u16(height);
        o.u16(x);
        o.u16(y);
        o.u16(xOff);
        o.u16(yOff);
    }
}
