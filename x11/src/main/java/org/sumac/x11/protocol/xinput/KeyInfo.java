// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KeyInfo struct (8 bytes).
 *
 * @param classId CARD8, values of InputClass
 * @param len CARD8
 * @param minKeycode KeyCode
 * @param maxKeycode KeyCode
 * @param numKeys CARD16
 */
public record KeyInfo(int classId, int len, int minKeycode, int maxKeycode, int numKeys) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static KeyInfo read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int len = in_.card8At(at_ + 1);
        int minKeycode = in_.card8At(at_ + 2);
        int maxKeycode = in_.card8At(at_ + 3);
        int numKeys = in_.card16At(at_ + 4);
        return new KeyInfo(classId, len, minKeycode, maxKeycode, numKeys);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(len);
        o.u8(minKeycode);
        o.u8(maxKeycode);
        o.u16(numKeys);
        o.zeros(2);
    }
}
