// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of TIMECOORD in a request: a view over the client's buffer, valid while the request is handled. */
public final class TimecoordList {
    private final RequestReader r;
    private final int offset, size;

    public TimecoordList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Timecoord.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Timecoord> copy(RequestReader r, int offset, int size) {
        TimecoordList v = new TimecoordList(r, offset, size);
        java.util.List<Timecoord> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Timecoord get(int i) { return Timecoord.read(r, offset + check(i) * Timecoord.SIZE); }

    /** time of item i (TIMESTAMP), without a record. */
    public int time(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Timecoord.SIZE + 0);
    }

    /** x of item i (INT16), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Timecoord.SIZE + 4);
    }

    /** y of item i (INT16), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Timecoord.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
