// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The GrabModifierInfo struct (8 bytes).
 *
 * @param modifiers CARD32
 * @param status CARD8, values of GrabStatus
 */
public record GrabModifierInfo(int modifiers, int status) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static GrabModifierInfo read(RequestReader in_, int at_) {
        int modifiers = in_.int32At(at_);
        int status = in_.card8At(at_ + 4);
        return new GrabModifierInfo(modifiers, status);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(modifiers);
        o.u8(status);
        o.zeros(3);
    }
}
