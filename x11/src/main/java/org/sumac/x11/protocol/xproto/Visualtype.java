// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The VISUALTYPE struct (24 bytes).
 *
 * @param visualId VISUALID
 * @param cls CARD8, values of VisualClass
 * @param bitsPerRgbValue CARD8
 * @param colormapEntries CARD16
 * @param redMask CARD32
 * @param greenMask CARD32
 * @param blueMask CARD32
 */
public record Visualtype(int visualId, int cls, int bitsPerRgbValue, int colormapEntries, int redMask, int greenMask, int blueMask) {
    /** Bytes on the wire. */
    public static final int SIZE = 24;

    /** Reads one from a request, at an offset from the request's start. */
    public static Visualtype read(RequestReader in_, int at_) {
        int visualId = in_.int32At(at_);
        int cls = in_.card8At(at_ + 4);
        int bitsPerRgbValue = in_.card8At(at_ + 5);
        int colormapEntries = in_.card16At(at_ + 6);
        int redMask = in_.int32At(at_ + 8);
        int greenMask = in_.int32At(at_ + 12);
        int blueMask = in_.int32At(at_ + 16);
        return new Visualtype(visualId, cls, bitsPerRgbValue, colormapEntries, redMask, greenMask, blueMask);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(visualId);
        o.u8(cls);
        o.u8(bitsPerRgbValue);
        o.u16(colormapEntries);
        o.i32(redMask);
        o.i32(greenMask);
        o.i32(blueMask);
        o.zeros(4);
    }
}
