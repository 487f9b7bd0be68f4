// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of ScrollClass in a request: a view over the client's buffer, valid while the request is handled. */
public final class ScrollClassList {
    private final RequestReader r;
    private final int offset, size;

    public ScrollClassList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ScrollClass.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ScrollClass> copy(RequestReader r, int offset, int size) {
        ScrollClassList v = new ScrollClassList(r, offset, size);
        java.util.List<ScrollClass> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ScrollClass get(int i) { return ScrollClass.read(r, offset + check(i) * ScrollClass.SIZE); }

    /** type of item i (CARD16), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScrollClass.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScrollClass.SIZE + 2);
    }

    /** sourceid of item i (DeviceId), without a record. */
    public int sourceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScrollClass.SIZE + 4);
    }

    /** number of item i (CARD16), without a record. */
    public int number(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScrollClass.SIZE + 6);
    }

    /** scrollType of item i (CARD16), without a record. */
    public int scrollType(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScrollClass.SIZE + 8);
    }

    /** flags of item i (CARD32), without a record. */
    public int flags(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ScrollClass.SIZE + 12);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
