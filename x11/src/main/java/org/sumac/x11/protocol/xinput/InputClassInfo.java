// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The InputClassInfo struct (2 bytes).
 *
 * @param classId CARD8, values of InputClass
 * @param eventTypeBase EventTypeBase
 */
public record InputClassInfo(int classId, int eventTypeBase) {
    /** Bytes on the wire. */
    public static final int SIZE = 2;

    /** Reads one from a request, at an offset from the request's start. */
    public static InputClassInfo read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int eventTypeBase = in_.card8At(at_ + 1);
        return new InputClassInfo(classId, eventTypeBase);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(eventTypeBase);
    }
}
