// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DIRECTFORMAT struct (16 bytes).
 *
 * @param redShift CARD16
 * @param redMask CARD16
 * @param greenShift CARD16
 * @param greenMask CARD16
 * @param blueShift CARD16
 * @param blueMask CARD16
 * @param alphaShift CARD16
 * @param alphaMask CARD16
 */
public record Directformat(int redShift, int redMask, int greenShift, int greenMask, int blueShift, int blueMask, int alphaShift, int alphaMask) {
    /** Bytes on the wire. */
    public static final int SIZE = 16;

    /** Reads one from a request, at an offset from the request's start. */
    public static Directformat read(RequestReader in_, int at_) {
        int redShift = in_.card16At(at_);
        int redMask = in_.card16At(at_ + 2);
        int greenShift = in_.card16At(at_ + 4);
        int greenMask = in_.card16At(at_ + 6);
        int blueShift = in_.card16At(at_ + 8);
        int blueMask = in_.card16At(at_ + 10);
        int alphaShift = in_.card16At(at_ + 12);
        int alphaMask = in_.card16At(at_ + 14);
        return new Directformat(redShift, redMask, greenShift, greenMask, blueShift, blueMask, alphaShift, alphaMask);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(redShift);
        o.u16(redMask);
        o.u16(greenShift);
        o.u16(greenMask);
        o.u16(blueShift);
        o.u16(blueMask);
        o.u16(alphaShift);
        o.u16(alphaMask);
    }
}
