// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The KbdFeedbackState struct (52 bytes).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param pitch CARD16
 * @param duration CARD16
 * @param ledMask CARD32
 * @param ledValues CARD32
 * @param globalAutoRepeat BOOL
 * @param click CARD8
 * @param percent CARD8
 * @param autoRepeats list of CARD8, 32 items
 */
public record KbdFeedbackState(int classId, int feedbackId, int len, int pitch, int duration, int ledMask, int ledValues, boolean globalAutoRepeat, int click, int percent, byte[] autoRepeats) {
    /** Bytes on the wire. */
    public static final int SIZE = 52;

    /** Reads one from a request, at an offset from the request's start. */
    public static KbdFeedbackState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int pitch = in_.card16At(at_ + 4);
        int duration = in_.card16At(at_ + 6);
        int ledMask = in_.int32At(at_ + 8);
        int ledValues = in_.int32At(at_ + 12);
        boolean globalAutoRepeat = in_.card8At(at_ + 16) != 0;
        int click = in_.card8At(at_ + 17);
        int percent = in_.card8At(at_ + 18);
        byte[] autoRepeats = new ByteList(in_, at_ + 20, 32).copy();
        return new KbdFeedbackState(classId, feedbackId, len, pitch, duration, ledMask, ledValues, globalAutoRepeat, click, percent, autoRepeats);
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
        o.u16(pitch);
        o.u16(duration);
        o.i32(ledMask);
        o.i32(ledValues);
        o.bool(globalAutoRepeat);
        o.u8(click);
        o.u8(percent);
        o.zeros(1);
        if (autoRepeats.length != 32) throw new IllegalArgumentException("autoRepeats: 32 items");
        o.bytes(autoRepeats);
    }
}
