// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of KbdFeedbackState in a request: a view over the client's buffer, valid while the request is handled. */
public final class KbdFeedbackStateList {
    private final RequestReader r;
    private final int offset, size;

    public KbdFeedbackStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KbdFeedbackState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KbdFeedbackState> copy(RequestReader r, int offset, int size) {
        KbdFeedbackStateList v = new KbdFeedbackStateList(r, offset, size);
        java.util.List<KbdFeedbackState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KbdFeedbackState get(int i) { return KbdFeedbackState.read(r, offset + check(i) * KbdFeedbackState.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackState.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackState.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KbdFeedbackState.SIZE + 2);
    }

    /** pitch of item i (CARD16), without a record. */
    public int pitch(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KbdFeedbackState.SIZE + 4);
    }

    /** duration of item i (CARD16), without a record. */
    public int duration(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KbdFeedbackState.SIZE + 6);
    }

    /** ledMask of item i (CARD32), without a record. */
    public int ledMask(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * KbdFeedbackState.SIZE + 8);
    }

    /** ledValues of item i (CARD32), without a record. */
    public int ledValues(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * KbdFeedbackState.SIZE + 12);
    }

    /** globalAutoRepeat of item i (BOOL), without a record. */
    public boolean globalAutoRepeat(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackState.SIZE + 16) != 0;
    }

    /** click of item i (CARD8), without a record. */
    public int click(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackState.SIZE + 17);
    }

    /** percent of item i (CARD8), without a record. */
    public int percent(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackState.SIZE + 18);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
