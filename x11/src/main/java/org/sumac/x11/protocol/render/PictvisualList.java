// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of PICTVISUAL in a request: a view over the client's buffer, valid while the request is handled. */
public final class PictvisualList {
    private final RequestReader r;
    private final int offset, size;

    public PictvisualList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Pictvisual.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Pictvisual> copy(RequestReader r, int offset, int size) {
        PictvisualList v = new PictvisualList(r, offset, size);
        java.util.List<Pictvisual> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Pictvisual get(int i) { return Pictvisual.read(r, offset + check(i) * Pictvisual.SIZE); }

    /** visual of item i (VISUALID), without a record. */
    public int visual(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Pictvisual.SIZE + 0);
    }

    /** format of item i (PICTFORMAT), without a record. */
    public int format(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Pictvisual.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
