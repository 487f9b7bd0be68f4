// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The PtrFeedbackState struct (12 bytes).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param accelNum CARD16
 * @param accelDenom CARD16
 * @param threshold CARD16
 */
public record PtrFeedbackState(int classId, int feedbackId, int len, int accelNum, int accelDenom, int threshold) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static PtrFeedbackState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int accelNum = in_.card16At(at_ + 6);
        int accelDenom = in_.card16At(at_ + 8);
        int threshold = in_.card16At(at_ + 10);
        return new PtrFeedbackState(classId, feedbackId, len, accelNum, accelDenom, threshold);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(feedbackId);
        o.u16(len);
        o.zeros(2);
        o.u16(accelNum);
        o.u16(accelDenom);
        o.u16(threshold);
    }
}
