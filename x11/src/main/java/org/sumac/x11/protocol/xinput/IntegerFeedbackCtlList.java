// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of IntegerFeedbackCtl in a request: a view over the client's buffer, valid while the request is handled. */
public final class IntegerFeedbackCtlList {
    private final RequestReader r;
    private final int offset, size;

    public IntegerFeedbackCtlList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * IntegerFeedbackCtl.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<IntegerFeedbackCtl> copy(RequestReader r, int offset, int size) {
        IntegerFeedbackCtlList v = new IntegerFeedbackCtlList(r, offset, size);
        java.util.List<IntegerFeedbackCtl> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public IntegerFeedbackCtl get(int i) { return IntegerFeedbackCtl.read(r, offset + check(i) * IntegerFeedbackCtl.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IntegerFeedbackCtl.SIZE + 0);
    }

    /** feedbackId of item i (CARD8), without a record. */
    public int feedbackId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IntegerFeedbackCtl.SIZE + 1);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * IntegerFeedbackCtl.SIZE + 2);
    }

    /** intToDisplay of item i (INT32), without a record. */
    public int intToDisplay(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * IntegerFeedbackCtl.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
