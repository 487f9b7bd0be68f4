// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KbdFeedbackCtl struct (20 bytes).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param key KeyCode
 * @param autoRepeatMode CARD8
 * @param keyClickPercent INT8
 * @param bellPercent INT8
 * @param bellPitch INT16
 * @param bellDuration INT16
 * @param ledMask CARD32
 * @param ledValues CARD32
 */
public record KbdFeedbackCtl(int classId, int feedbackId, int len, int key, int autoRepeatMode, int keyClickPercent, int bellPercent, int bellPitch, int bellDuration, int ledMask, int ledValues) {
    /** Bytes on the wire. */
    public static final int SIZE = 20;

    /** Reads one from a request, at an offset from the request's start. */
    public static KbdFeedbackCtl read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int key = in_.card8At(at_ + 4);
        int autoRepeatMode = in_.card8At(at_ + 5);
        int keyClickPercent = in_.int8At(at_ + 6);
        int bellPercent = in_.int8At(at_ + 7);
        int bellPitch = in_.int16At(at_ + 8);
        int bellDuration = in_.int16At(at_ + 10);
        int ledMask = in_.int32At(at_ + 12);
        int ledValues = in_.int32At(at_ + 16);
        return new KbdFeedbackCtl(classId, feedbackId, len, key, autoRepeatMode, keyClickPercent, bellPercent, bellPitch, bellDuration, ledMask, ledValues);
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
        o.u8(key);
        o.u8(autoRepeatMode);
        o.u8(keyClickPercent);
        o.u8(bellPercent);
        o.u16(bellPitch);
        o.u16(bellDuration);
        o.i32(ledMask);
        o.i32(ledValues);
    }
}
