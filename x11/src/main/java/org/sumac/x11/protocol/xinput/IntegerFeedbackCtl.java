// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The IntegerFeedbackCtl struct (8 bytes).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param intToDisplay INT32
 */
public record IntegerFeedbackCtl(int classId, int feedbackId, int len, int intToDisplay) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static IntegerFeedbackCtl read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int intToDisplay = in_.int32At(at_ + 4);
        return new IntegerFeedbackCtl(classId, feedbackId, len, intToDisplay);
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
        o.i32(intToDisplay);
    }
}
