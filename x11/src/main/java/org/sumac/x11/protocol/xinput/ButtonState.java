// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The ButtonState struct (36 bytes).
 *
 * @param classId CARD8, values of InputClass
 * @param len CARD8
 * @param numButtons CARD8
 * @param buttons list of CARD8, 32 items
 */
public record ButtonState(int classId, int len, int numButtons, byte[] buttons) {
    /** Bytes on the wire. */
    public static final int SIZE = 36;

    /** Reads one from a request, at an offset from the request's start. */
    public static ButtonState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int len = in_.card8At(at_ + 1);
        int numButtons = in_.card8At(at_ + 2);
        byte[] buttons = new ByteList(in_, at_ + 4, 32).copy();
        return new ButtonState(classId, len, numButtons, buttons);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(len);
        o.u8(numButtons);
        o.zeros(1);
        if (buttons.length != 32) throw new IllegalArgumentException("buttons: 32 items");
        o.bytes(buttons);
    }
}
