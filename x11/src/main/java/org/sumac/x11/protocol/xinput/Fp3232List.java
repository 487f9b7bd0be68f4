// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of FP3232 in a request: a view over the client's buffer, valid while the request is handled. */
public final class Fp3232List {
    private final RequestReader r;
    private final int offset, size;

    public Fp3232List(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Fp3232.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Fp3232> copy(RequestReader r, int offset, int size) {
        Fp3232List v = new Fp3232List(r, offset, size);
        java.util.List<Fp3232> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Fp3232 get(int i) { return Fp3232.read(r, offset + check(i) * Fp3232.SIZE); }

    /** integral of item i (INT32), without a record. */
    public int integral(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Fp3232.SIZE + 0);
    }

    /** frac of item i (CARD32), without a record. */
    public int frac(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Fp3232.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
