// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ValuatorClass struct (44 bytes).
 *
 * @param type CARD16, values of DeviceClassType
 * @param len CARD16
 * @param sourceid DeviceId
 * @param number CARD16
 * @param label ATOM
 * @param min FP3232
 * @param max FP3232
 * @param value FP3232
 * @param resolution CARD32
 * @param mode CARD8, values of ValuatorMode
 */
public record ValuatorClass(int type, int len, int sourceid, int number, int label, Fp3232 min, Fp3232 max, Fp3232 value, int resolution, int mode) {
    /** Bytes on the wire. */
    public static final int SIZE = 44;

    /** Reads one from a request, at an offset from the request's start. */
    public static ValuatorClass read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int sourceid = in_.card16At(at_ + 4);
        int number = in_.card16At(at_ + 6);
        int label = in_.int32At(at_ + 8);
        Fp3232 min = Fp3232.read(in_, at_ + 12);
        Fp3232 max = Fp3232.read(in_, at_ + 20);
        Fp3232 value = Fp3232.read(in_, at_ + 28);
        int resolution = in_.int32At(at_ + 36);
        int mode = in_.card8At(at_ + 40);
        return new ValuatorClass(type, len, sourceid, number, label, min, max, value, resolution, mode);
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
        o.i32(label);
        min.write(o);
        max.write(o);
        value.write(o);
        o.i32(resolution);
        o.u8(mode);
        o.zeros(3);
    }
}
