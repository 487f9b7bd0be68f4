// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of POINT in a request: a view over the client's buffer, valid while the request is handled. */
public final class PointList {
    private final RequestReader r;
    private final int offset, size;

    public PointList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Point.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Point> copy(RequestReader r, int offset, int size) {
        PointList v = new PointList(r, offset, size);
        java.util.List<Point> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Point get(int i) { return Point.read(r, offset + check(i) * Point.SIZE); }

    /** x of item i (INT16), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Point.SIZE + 0);
    }

    /** y of item i (INT16), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Point.SIZE + 2);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
