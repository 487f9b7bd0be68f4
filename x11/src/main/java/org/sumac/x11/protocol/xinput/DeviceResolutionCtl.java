// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The DeviceResolutionCtl struct (variable size).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param firstValuator CARD8
 * @param resolutionValues list of CARD32, num_valuators items
 */
public record DeviceResolutionCtl(int controlId, int len, int firstValuator, int[] resolutionValues) {
    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceResolutionCtl read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int firstValuator = in_.card8At(at_ + 4);
        int numValuators = in_.card8At(at_ + 5);
        int resolutionValuesN_ = numValuators;
        int pos_ = at_ + 8;
        int[] resolutionValues = new Card32List(in_, pos_, resolutionValuesN_).toArray();
        pos_ += resolutionValuesN_ * 4;
        return new DeviceResolutionCtl(controlId, len, firstValuator, resolutionValues);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 1;
        n += 1;
        n += 2;
        n += resolutionValues.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(controlId);
        o.u16(len);
        o.u8(firstValuator);
        o.u8(resolutionValues.length);
        o.zeros(2);
        for (var e_ : resolutionValues) o.i32(e_);
    }
}
