// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SAMovePtr struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param flags CARD8, mask of SAMovePtrFlag
 * @param xHigh INT8
 * @param xLow CARD8
 * @param yHigh INT8
 * @param yLow CARD8
 */
public record SAMovePtr(int type, int flags, int xHigh, int xLow, int yHigh, int yLow) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SAMovePtr read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int flags = in_.card8At(at_ + 1);
        int xHigh = in_.int8At(at_ + 2);
        int xLow = in_.card8At(at_ + 3);
        int yHigh = in_.int8At(at_ + 4);
        int yLow = in_.card8At(at_ + 5);
        return new SAMovePtr(type, flags, xHigh, xLow, yHigh, yLow);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(flags);
        o.u8(xHigh);
        o.u8(xLow);
        o.u8(yHigh);
        o.u8(yLow);
        o.zeros(2);
    }
}
