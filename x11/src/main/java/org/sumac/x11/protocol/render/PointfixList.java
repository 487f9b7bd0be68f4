// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of POINTFIX in a request: a view over the client's buffer, valid while the request is handled. */
public final class PointfixList {
    private final RequestReader r;
    private final int offset, size;

    public PointfixList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Pointfix.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Pointfix> copy(RequestReader r, int offset, int size) {
        PointfixList v = new PointfixList(r, offset, size);
        java.util.List<Pointfix> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Pointfix get(int i) { return Pointfix.read(r, offset + check(i) * Pointfix.SIZE); }

    /** x of item i (FIXED), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Pointfix.SIZE + 0);
    }

    /** y of item i (FIXED), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Pointfix.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
