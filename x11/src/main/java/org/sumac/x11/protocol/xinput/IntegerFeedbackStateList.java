// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of IntegerFeedbackState in a request: a view over the client's buffer, valid while the request is handled. */
public final class IntegerFeedbackStateList {
    private final RequestReader r;
    private final int offset, size;

    public IntegerFeedbackStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * IntegerFeedbackState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<IntegerFeedbackState> copy(RequestReader r, int offset, int size) {
        IntegerFeedbackStateList v = new IntegerFeedbackStateList(r, offset, size);
        java.util.List<IntegerFeedbackState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public IntegerFeedbackState get(int i) { return IntegerFeedbackState.read(r, offset + check(i) * IntegerFeedbackState.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IntegerFeedbackState.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IntegerFeedbackState.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * IntegerFeedbackState.SIZE + 2);
    }

    /** resolution of item i (CARD32), without a record. */
    public int resolution(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * IntegerFeedbackState.SIZE + 4);
    }

    /** minValue of item i (INT32), without a record. */
    public int minValue(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * IntegerFeedbackState.SIZE + 8);
    }

    /** maxValue of item i (INT32), without a record. */
    public int maxValue(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * IntegerFeedbackState.SIZE + 12);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
