// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TouchClass struct (8 bytes).
 *
 * @param type CARD16, values of DeviceClassType
 * @param len CARD16
 * @param sourceid DeviceId
 * @param mode CARD8, values of TouchMode
 * @param numTouches CARD8
 */
public record TouchClass(int type, int len, int sourceid, int mode, int numTouches) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static TouchClass read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int sourceid = in_.card16At(at_ + 4);
        int mode = in_.card8At(at_ + 6);
        int numTouches = in_.card8At(at_ + 7);
        return new TouchClass(type, len, sourceid, mode, numTouches);
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
        o.u8(mode);
        o.u8(numTouches);
    }
}
