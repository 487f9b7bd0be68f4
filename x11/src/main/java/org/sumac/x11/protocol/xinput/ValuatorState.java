// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The ValuatorState struct (variable size).
 *
 * @param classId CARD8, values of InputClass
 * @param len CARD8
 * @param mode CARD8, mask of ValuatorStateModeMask
 * @param valuators list of INT32, num_valuators items
 */
public record ValuatorState(int classId, int len, int mode, int[] valuators) {
    /** Reads one from a request, at an offset from the request's start. */
    public static ValuatorState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int len = in_.card8At(at_ + 1);
        int numValuators = in_.card8At(at_ + 2);
        int mode = in_.card8At(at_ + 3);
        int valuatorsN_ = numValuators;
        int pos_ = at_ + 4;
        int[] valuators = new Card32List(in_, pos_, valuatorsN_).toArray();
        pos_ += valuatorsN_ * 4;
        return new ValuatorState(classId, len, mode, valuators);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += valuators.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(len);
        o.u8(valuators.length);
        o.u8(mode);
        for (var e_ : valuators) o.i32(e_);
    }
}
