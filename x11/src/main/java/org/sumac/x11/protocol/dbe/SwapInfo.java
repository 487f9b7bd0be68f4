// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SwapInfo struct (8 bytes).
 *
 * @param window WINDOW
 * @param swapAction CARD8, values of SwapAction
 */
public record SwapInfo(int window, int swapAction) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SwapInfo read(RequestReader in_, int at_) {
        int window = in_.int32At(at_);
        int swapAction = in_.card8At(at_ + 4);
        return new SwapInfo(window, swapAction);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(window);
        o.u8(swapAction);
        o.zeros(3);
    }
}
