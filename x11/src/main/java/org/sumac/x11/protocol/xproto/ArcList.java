// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of ARC in a request: a view over the client's buffer, valid while the request is handled. */
public final class ArcList {
    private final RequestReader r;
    private final int offset, size;

    public ArcList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Arc.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Arc> copy(RequestReader r, int offset, int size) {
        ArcList v = new ArcList(r, offset, size);
        java.util.List<Arc> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Arc get(int i) { return Arc.read(r, offset + check(i) * Arc.SIZE); }

    /** x of item i (INT16), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Arc.SIZE + 0);
    }

    /** y of item i (INT16), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Arc.SIZE + 2);
    }

    /** width of item i (CARD16), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Arc.SIZE + 4);
    }

    /** height of item i (CARD16), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Arc.SIZE + 6);
    }

    /** angle1 of item i (INT16), without a record. */
    public int angle1(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Arc.SIZE + 8);
    }

    /** angle2 of item i (INT16), without a record. */
    public int angle2(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Arc.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
