// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of CHAR2B in a request: a view over the client's buffer, valid while the request is handled. */
public final class Char2bList {
    private final RequestReader r;
    private final int offset, size;

    public Char2bList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Char2b.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Char2b> copy(RequestReader r, int offset, int size) {
        Char2bList v = new Char2bList(r, offset, size);
        java.util.List<Char2b> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Char2b get(int i) { return Char2b.read(r, offset + check(i) * Char2b.SIZE); }

    /** byte1 of item i (CARD8), without a record. */
    public int byte1(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Char2b.SIZE + 0);
    }

    /** byte2 of item i (CARD8), without a record. */
    public int byte2(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Char2b.SIZE + 1);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
