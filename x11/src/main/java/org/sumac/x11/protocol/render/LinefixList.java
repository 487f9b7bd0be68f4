// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of LINEFIX in a request: a view over the client's buffer, valid while the request is handled. */
public final class LinefixList {
    private final RequestReader r;
    private final int offset, size;

    public LinefixList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Linefix.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Linefix> copy(RequestReader r, int offset, int size) {
        LinefixList v = new LinefixList(r, offset, size);
        java.util.List<Linefix> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Linefix get(int i) { return Linefix.read(r, offset + check(i) * Linefix.SIZE); }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
