// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The KeyState struct (36 bytes).
 *
 * @param classId CARD8, values of InputClass
 * @param len CARD8
 * @param numKeys CARD8
 * @param keys list of CARD8, 32 items
 */
public record KeyState(int classId, int len, int numKeys, byte[] keys) {
    /** Bytes on the wire. */
    public static final int SIZE = 36;

    /** Reads one from a request, at an offset from the request's start. */
    public static KeyState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int len = in_.card8At(at_ + 1);
        int numKeys = in_.card8At(at_ + 2);
        byte[] keys = new ByteList(in_, at_ + 4, 32).copy();
        return new KeyState(classId, len, numKeys, keys);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(len);
        o.u8(numKeys);
        o.zeros(1);
        if (keys.length != 32) throw new IllegalArgumentException("keys: 32 items");
        o.bytes(keys);
    }
}
