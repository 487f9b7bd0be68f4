// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of PtrFeedbackCtl in a request: a view over the client's buffer, valid while the request is handled. */
public final class PtrFeedbackCtlList {
    private final RequestReader r;
    private final int offset, size;

    public PtrFeedbackCtlList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * PtrFeedbackCtl.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<PtrFeedbackCtl> copy(RequestReader r, int offset, int size) {
        PtrFeedbackCtlList v = new PtrFeedbackCtlList(r, offset, size);
        java.util.List<PtrFeedbackCtl> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public PtrFeedbackCtl get(int i) { return PtrFeedbackCtl.read(r, offset + check(i) * PtrFeedbackCtl.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * PtrFeedbackCtl.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * PtrFeedbackCtl.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * PtrFeedbackCtl.SIZE + 2);
    }

    /** num of item i (INT16), without a record. */
    public int num(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * PtrFeedbackCtl.SIZE + 6);
    }

    /** denom of item i (INT16), without a record. */
    public int denom(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * PtrFeedbackCtl.SIZE + 8);
    }

    /** threshold of item i (INT16), without a record. */
    public int threshold(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * PtrFeedbackCtl.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
