// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of TRAPEZOID in a request: a view over the client's buffer, valid while the request is handled. */
public final class TrapezoidList {
    private final RequestReader r;
    private final int offset, size;

    public TrapezoidList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Trapezoid.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Trapezoid> copy(RequestReader r, int offset, int size) {
        TrapezoidList v = new TrapezoidList(r, offset, size);
        java.util.List<Trapezoid> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Trapezoid get(int i) { return Trapezoid.read(r, offset + check(i) * Trapezoid.SIZE); }

    /** top of item i (FIXED), without a record. */
    public int top(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Trapezoid.SIZE + 0);
    }

    /** bottom of item i (FIXED), without a record. */
    public int bottom(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Trapezoid.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
