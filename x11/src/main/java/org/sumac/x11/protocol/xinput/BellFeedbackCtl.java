// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The BellFeedbackCtl struct (12 bytes).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param percent INT8
 * @param pitch INT16
 * @param duration INT16
 */
public record BellFeedbackCtl(int classId, int feedbackId, int len, int percent, int pitch, int duration) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static BellFeedbackCtl read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int percent = in_.int8At(at_ + 4);
        int pitch = in_.int16At(at_ + 8);
        int duration = in_.int16At(at_ + 10);
        return new BellFeedbackCtl(classId, feedbackId, len, percent, pitch, duration);
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
        o.u8(percent);
        o.zeros(3);
        o.u16(pitch);
        o.u16(duration);
    }
}
