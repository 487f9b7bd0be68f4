// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The RECTANGLE struct (8 bytes).
 *
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 */
public record Rectangle(int x, int y, int width, int height) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Rectangle read(RequestReader in_, int at_) {
        int x = in_.int16At(at_);
        int y = in_.int16At(at_ + 2);
        int width = in_.card16At(at_ + 4);
        int height = in_.card16At(at_ + 6);
        return new Rectangle(x, y, width, height);
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
    }
}
