// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The IntegerFeedbackState struct (16 bytes).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param resolution CARD32
 * @param minValue INT32
 * @param maxValue INT32
 */
public record IntegerFeedbackState(int classId, int feedbackId, int len, int resolution, int minValue, int maxValue) {
    /** Bytes on the wire. */
    public static final int SIZE = 16;

    /** Reads one from a request, at an offset from the request's start. */
    public static IntegerFeedbackState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int resolution = in_.int32At(at_ + 4);
        int minValue = in_.int32At(at_ + 8);
        int maxValue = in_.int32At(at_ + 12);
        return new IntegerFeedbackState(classId, feedbackId, len, resolution, minValue, maxValue);
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
        o.i32(resolution);
        o.i32(minValue);
        o.i32(maxValue);
    }
}
