// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;

/** A list of VisualInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class VisualInfoList {
    private final RequestReader r;
    private final int offset, size;

    public VisualInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * VisualInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<VisualInfo> copy(RequestReader r, int offset, int size) {
        VisualInfoList v = new VisualInfoList(r, offset, size);
        java.util.List<VisualInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public VisualInfo get(int i) { return VisualInfo.read(r, offset + check(i) * VisualInfo.SIZE); }

    /** visualId of item i (VISUALID), without a record. */
    public int visualId(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * VisualInfo.SIZE + 0);
    }

    /** depth of item i (CARD8), without a record. */
    public int depth(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * VisualInfo.SIZE + 4);
    }

    /** perfLevel of item i (CARD8), without a record. */
    public int perfLevel(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * VisualInfo.SIZE + 5);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
