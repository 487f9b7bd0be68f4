// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of BellFeedbackCtl in a request: a view over the client's buffer, valid while the request is handled. */
public final class BellFeedbackCtlList {
    private final RequestReader r;
    private final int offset, size;

    public BellFeedbackCtlList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * BellFeedbackCtl.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<BellFeedbackCtl> copy(RequestReader r, int offset, int size) {
        BellFeedbackCtlList v = new BellFeedbackCtlList(r, offset, size);
        java.util.List<BellFeedbackCtl> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public BellFeedbackCtl get(int i) { return BellFeedbackCtl.read(r, offset + check(i) * BellFeedbackCtl.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * BellFeedbackCtl.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * BellFeedbackCtl.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * BellFeedbackCtl.SIZE + 2);
    }

    /** percent of item i (INT8), without a record. */
    public int percent(int i) {
        RequestReader in_ = r;
        return in_.int8At(offset + check(i) * BellFeedbackCtl.SIZE + 4);
    }

    /** pitch of item i (INT16), without a record. */
    public int pitch(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * BellFeedbackCtl.SIZE + 8);
    }

    /** duration of item i (INT16), without a record. */
    public int duration(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * BellFeedbackCtl.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
