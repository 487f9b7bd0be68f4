// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;

/** A list of WAITCONDITION in a request: a view over the client's buffer, valid while the request is handled. */
public final class WaitconditionList {
    private final RequestReader r;
    private final int offset, size;

    public WaitconditionList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Waitcondition.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Waitcondition> copy(RequestReader r, int offset, int size) {
        WaitconditionList v = new WaitconditionList(r, offset, size);
        java.util.List<Waitcondition> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Waitcondition get(int i) { return Waitcondition.read(r, offset + check(i) * Waitcondition.SIZE); }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
