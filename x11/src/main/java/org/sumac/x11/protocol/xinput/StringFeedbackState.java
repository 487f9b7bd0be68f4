// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The StringFeedbackState struct (variable size).
 *
 * @param classId CARD8, values of FeedbackClass
 * @param feedbackId CARD8
 * @param len CARD16
 * @param maxSymbols CARD16
 * @param keysyms list of KEYSYM, num_keysyms items
 */
public record StringFeedbackState(int classId, int feedbackId, int len, int maxSymbols, int[] keysyms) {
    /** Reads one from a request, at an offset from the request's start. */
    public static StringFeedbackState read(RequestReader in_, int at_) {
        int classId = in_.card8At(at_);
        int feedbackId = in_.card8At(at_ + 1);
        int len = in_.card16At(at_ + 2);
        int maxSymbols = in_.card16At(at_ + 4);
        int numKeysyms = in_.card16At(at_ + 6);
        int keysymsN_ = numKeysyms;
        int pos_ = at_ + 8;
        int[] keysyms = new Card32List(in_, pos_, keysymsN_).toArray();
        pos_ += keysymsN_ * 4;
        return new StringFeedbackState(classId, feedbackId, len, maxSymbols, keysyms);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += 2;
        n += 2;
        n += keysyms.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(classId);
        o.u8(feedbackId);
        o.u16(len);
        o.u16(maxSymbols);
        o.u16(keysyms.length);
        for (var e_ : keysyms) o.i32(e_);
    }
}
