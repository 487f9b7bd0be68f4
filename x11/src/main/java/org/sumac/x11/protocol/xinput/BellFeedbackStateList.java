// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of BellFeedbackState in a request: a view over the client's buffer, valid while the request is handled. */
public final class BellFeedbackStateList {
    private final RequestReader r;
    private final int offset, size;

    public BellFeedbackStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * BellFeedbackState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<BellFeedbackState> copy(RequestReader r, int offset, int size) {
        BellFeedbackStateList v = new BellFeedbackStateList(r, offset, size);
        java.util.List<BellFeedbackState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public BellFeedbackState get(int i) { return BellFeedbackState.read(r, offset + check(i) * BellFeedbackState.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * BellFeedbackState.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * BellFeedbackState.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * BellFeedbackState.SIZE + 2);
    }

    /** percent of item i (CARD8), without a record. */
    public int percent(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * BellFeedbackState.SIZE + 4);
    }

    /** pitch of item i (CARD16), without a record. */
    public int pitch(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * BellFeedbackState.SIZE + 8);
    }

    /** duration of item i (CARD16), without a record. */
    public int duration(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * BellFeedbackState.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
