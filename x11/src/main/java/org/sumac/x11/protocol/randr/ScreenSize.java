// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ScreenSize struct (8 bytes).
 *
 * @param width CARD16
 * @param height CARD16
 * @param mwidth CARD16
 * @param mheight CARD16
 */
public record ScreenSize(int width, int height, int mwidth, int mheight) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static ScreenSize read(RequestReader in_, int at_) {
        int width = in_.card16At(at_);
        int height = in_.card16At(at_ + 2);
        int mwidth = in_.card16At(at_ + 4);
        int mheight = in_.card16At(at_ + 6);
        return new ScreenSize(width, height, mwidth, mheight);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(width);
        o.u16(height);
        o.u16(mwidth);
        o.u16(mheight);
    }
}
