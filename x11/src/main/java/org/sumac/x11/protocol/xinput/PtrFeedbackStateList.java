// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of PtrFeedbackState in a request: a view over the client's buffer, valid while the request is handled. */
public final class PtrFeedbackStateList {
    private final RequestReader r;
    private final int offset, size;

    public PtrFeedbackStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * PtrFeedbackState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<PtrFeedbackState> copy(RequestReader r, int offset, int size) {
        PtrFeedbackStateList v = new PtrFeedbackStateList(r, offset, size);
        java.util.List<PtrFeedbackState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public PtrFeedbackState get(int i) { return PtrFeedbackState.read(r, offset + check(i) * PtrFeedbackState.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * PtrFeedbackState.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * PtrFeedbackState.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * PtrFeedbackState.SIZE + 2);
    }

    /** accelNum of item i (CARD16), without a record. */
    public int accelNum(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * PtrFeedbackState.SIZE + 6);
    }

    /** accelDenom of item i (CARD16), without a record. */
    public int accelDenom(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * PtrFeedbackState.SIZE + 8);
    }

    /** threshold of item i (CARD16), without a record. */
    public int threshold(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * PtrFeedbackState.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
