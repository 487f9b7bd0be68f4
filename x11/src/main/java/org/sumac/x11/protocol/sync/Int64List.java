// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;

/** A list of INT64 in a request: a view over the client's buffer, valid while the request is handled. */
public final class Int64List {
    private final RequestReader r;
    private final int offset, size;

    public Int64List(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Int64.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Int64> copy(RequestReader r, int offset, int size) {
        Int64List v = new Int64List(r, offset, size);
        java.util.List<Int64> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Int64 get(int i) { return Int64.read(r, offset + check(i) * Int64.SIZE); }

    /** hi of item i (INT32), without a record. */
    public int hi(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Int64.SIZE + 0);
    }

    /** lo of item i (CARD32), without a record. */
    public int lo(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Int64.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
