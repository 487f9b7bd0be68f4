// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of SPANFIX in a request: a view over the client's buffer, valid while the request is handled. */
public final class SpanfixList {
    private final RequestReader r;
    private final int offset, size;

    public SpanfixList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Spanfix.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Spanfix> copy(RequestReader r, int offset, int size) {
        SpanfixList v = new SpanfixList(r, offset, size);
        java.util.List<Spanfix> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Spanfix get(int i) { return Spanfix.read(r, offset + check(i) * Spanfix.SIZE); }

    /** l of item i (FIXED), without a record. */
    public int l(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Spanfix.SIZE + 0);
    }

    /** r of item i (FIXED), without a record. */
    public int r(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Spanfix.SIZE + 4);
    }

    /** y of item i (FIXED), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Spanfix.SIZE + 8);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
