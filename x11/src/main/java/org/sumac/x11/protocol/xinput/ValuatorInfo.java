// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ValuatorInfo struct (variable size).
 *
 * @param classId CARD8, values of InputClass
 * @param len CARD8
 * @param mode CARD8, values of ValuatorMode
 * @param motionSize CARD32
 * @param axes list of AxisInfo, axes_len items
 */
public record ValuatorInfo(int classId, int len, int mode, int motionSize, java.util.List<AxisInfo> axes) {
    /** Reads one from a request, at an offset from the request's start. */
    public static ValuatorInfo read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int len = in_.card8At(at_ + 1);
        int axesLen = in_.card8At(at_ + 2);
        int mode = in_.card8At(at_ + 3);
        int motionSize = in_.int32At(at_ + 4);
        int axesN_ = axesLen;
        int pos_ = at_ + 8;
        java.util.List<AxisInfo> axes = AxisInfoList.copy(in_, pos_, axesN_);
        pos_ += axesN_ * 12;
        return new ValuatorInfo(classId, len, mode, motionSize, axes);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += 4;
        n += axes.size() * 12;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(len);
        o.u8(axes.size());
        o.u8(mode);
        o.i32(motionSize);
        for (var e_ : axes) e_.write(o);
    }
}
