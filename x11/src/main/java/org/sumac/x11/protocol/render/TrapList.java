// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of TRAP in a request: a view over the client's buffer, valid while the request is handled. */
public final class TrapList {
    private final RequestReader r;
    private final int offset, size;

    public TrapList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Trap.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Trap> copy(RequestReader r, int offset, int size) {
        TrapList v = new TrapList(r, offset, size);
        java.util.List<Trap> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Trap get(int i) { return Trap.read(r, offset + check(i) * Trap.SIZE); }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
