// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SAPtrBtn in a request: a view over the client's buffer, valid while the request is handled. */
public final class SAPtrBtnList {
    private final RequestReader r;
    private final int offset, size;

    public SAPtrBtnList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SAPtrBtn.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SAPtrBtn> copy(RequestReader r, int offset, int size) {
        SAPtrBtnList v = new SAPtrBtnList(r, offset, size);
        java.util.List<SAPtrBtn> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SAPtrBtn get(int i) { return SAPtrBtn.read(r, offset + check(i) * SAPtrBtn.SIZE); }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAPtrBtn.SIZE + 0);
    }

    /** flags of item i (CARD8), without a record. */
    public int flags(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAPtrBtn.SIZE + 1);
    }

    /** count of item i (CARD8), without a record. */
    public int count(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAPtrBtn.SIZE + 2);
    }

    /** button of item i (CARD8), without a record. */
    public int button(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAPtrBtn.SIZE + 3);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
