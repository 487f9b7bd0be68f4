// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The DeviceResolutionState struct (variable size).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param numValuators CARD32
 * @param resolutionValues list of CARD32, num_valuators items
 * @param resolutionMin list of CARD32, num_valuators items
 * @param resolutionMax list of CARD32, num_valuators items
 */
public record DeviceResolutionState(int controlId, int len, int numValuators, int[] resolutionValues, int[] resolutionMin, int[] resolutionMax) {
    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceResolutionState read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int numValuators = in_.int32At(at_ + 4);
        int resolutionValuesN_ = numValuators;
        int pos_ = at_ + 8;
        int[] resolutionValues = new Card32List(in_, pos_, resolutionValuesN_).toArray();
        pos_ += resolutionValuesN_ * 4;
        int resolutionMinN_ = numValuators;
        int[] resolutionMin = new Card32List(in_, pos_, resolutionMinN_).toArray();
        pos_ += resolutionMinN_ * 4;
        int resolutionMaxN_ = numValuators;
        int[] resolutionMax = new Card32List(in_, pos_, resolutionMaxN_).toArray();
        pos_ += resolutionMaxN_ * 4;
        return new DeviceResolutionState(controlId, len, numValuators, resolutionValues, resolutionMin, resolutionMax);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 4;
        n += resolutionValues.length * 4;
        n += resolutionMin.length * 4;
        n += resolutionMax.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(controlId);
        o.u16(len);
        o.i32(numValuators);
        for (var e_ : resolutionValues) o.i32(e_);
        for (var e_ : resolutionMin) o.i32(e_);
        for (var e_ : resolutionMax) o.i32(e_);
    }
}
