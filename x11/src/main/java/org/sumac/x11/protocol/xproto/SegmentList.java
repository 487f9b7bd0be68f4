// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of SEGMENT in a request: a view over the client's buffer, valid while the request is handled. */
public final class SegmentList {
    private final RequestReader r;
    private final int offset, size;

    public SegmentList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Segment.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Segment> copy(RequestReader r, int offset, int size) {
        SegmentList v = new SegmentList(r, offset, size);
        java.util.List<Segment> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Segment get(int i) { return Segment.read(r, offset + check(i) * Segment.SIZE); }

    /** x1 of item i (INT16), without a record. */
    public int x1(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Segment.SIZE + 0);
    }

    /** y1 of item i (INT16), without a record. */
    public int y1(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Segment.SIZE + 2);
    }

    /** x2 of item i (INT16), without a record. */
    public int x2(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Segment.SIZE + 4);
    }

    /** y2 of item i (INT16), without a record. */
    public int y2(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Segment.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
