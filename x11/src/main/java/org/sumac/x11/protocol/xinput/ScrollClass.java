// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ScrollClass struct (24 bytes).
 *
 * @param type CARD16, values of DeviceClassType
 * @param len CARD16
 * @param sourceid DeviceId
 * @param number CARD16
 * @param scrollType CARD16, values of ScrollType
 * @param flags CARD32, mask of ScrollFlags
 * @param increment FP3232
 */
public record ScrollClass(int type, int len, int sourceid, int number, int scrollType, int flags, Fp3232 increment) {
    /** Bytes on the wire. */
    public static final int SIZE = 24;

    /** Reads one from a request, at an offset from the request's start. */
    public static ScrollClass read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int sourceid = in_.card16At(at_ + 4);
        int number = in_.card16At(at_ + 6);
        int scrollType = in_.card16At(at_ + 8);
        int flags = in_.int32At(at_ + 12);
        Fp3232 increment = Fp3232.read(in_, at_ + 16);
        return new ScrollClass(type, len, sourceid, number, scrollType, flags, increment);
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
        o.u16(number);
        o.u16(scrollType);
        o.zeros(2);
        o.i32(flags);
        increment.write(o);
    }
}
