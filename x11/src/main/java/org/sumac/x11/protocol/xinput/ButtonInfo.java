// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ButtonInfo struct (4 bytes).
 *
 * @param classId CARD8, values of InputClass
 * @param len CARD8
 * @param numButtons CARD16
 */
public record ButtonInfo(int classId, int len, int numButtons) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static ButtonInfo read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int len = in_.card8At(at_ + 1);
        int numButtons = in_.card16At(at_ + 2);
        return new ButtonInfo(classId, len, numButtons);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(len);
        o.u16(numButtons);
    }
}
