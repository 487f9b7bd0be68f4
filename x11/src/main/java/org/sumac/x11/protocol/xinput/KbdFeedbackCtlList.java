// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of KbdFeedbackCtl in a request: a view over the client's buffer, valid while the request is handled. */
public final class KbdFeedbackCtlList {
    private final RequestReader r;
    private final int offset, size;

    public KbdFeedbackCtlList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KbdFeedbackCtl.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KbdFeedbackCtl> copy(RequestReader r, int offset, int size) {
        KbdFeedbackCtlList v = new KbdFeedbackCtlList(r, offset, size);
        java.util.List<KbdFeedbackCtl> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KbdFeedbackCtl get(int i) { return KbdFeedbackCtl.read(r, offset + check(i) * KbdFeedbackCtl.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackCtl.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackCtl.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KbdFeedbackCtl.SIZE + 2);
    }

    /** key of item i (KeyCode), without a record. */
    public int key(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackCtl.SIZE + 4);
    }

    /** autoRepeatMode of item i (CARD8), without a record. */
    public int autoRepeatMode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KbdFeedbackCtl.SIZE + 5);
    }

    /** keyClickPercent of item i (INT8), without a record. */
    public int keyClickPercent(int i) {
        RequestReader in_ = r;
        return in_.int8At(offset + check(i) * KbdFeedbackCtl.SIZE + 6);
    }

    /** bellPercent of item i (INT8), without a record. */
    public int bellPercent(int i) {
        RequestReader in_ = r;
        return in_.int8At(offset + check(i) * KbdFeedbackCtl.SIZE + 7);
    }

    /** bellPitch of item i (INT16), without a record. */
    public int bellPitch(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * KbdFeedbackCtl.SIZE + 8);
    }

    /** bellDuration of item i (INT16), without a record. */
    public int bellDuration(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * KbdFeedbackCtl.SIZE + 10);
    }

    /** ledMask of item i (CARD32), without a record. */
    public int ledMask(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * KbdFeedbackCtl.SIZE + 12);
    }

    /** ledValues of item i (CARD32), without a record. */
    public int ledValues(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * KbdFeedbackCtl.SIZE + 16);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
