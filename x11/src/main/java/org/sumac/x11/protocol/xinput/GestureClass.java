// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The GestureClass struct (8 bytes).
 *
 * @param type CARD16, values of DeviceClassType
 * @param len CARD16
 * @param sourceid DeviceId
 * @param numTouches CARD8
 */
public record GestureClass(int type, int len, int sourceid, int numTouches) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static GestureClass read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int sourceid = in_.card16At(at_ + 4);
        int numTouches = in_.card8At(at_ + 6);
        return new GestureClass(type, len, sourceid, numTouches);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(type);
        o.u16(len);
        o.u16(sourceid);
        o.u8(numTouches);
        o.zeros(1);
    }
}
