// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of PICTFORMINFO in a request: a view over the client's buffer, valid while the request is handled. */
public final class PictforminfoList {
    private final RequestReader r;
    private final int offset, size;

    public PictforminfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Pictforminfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Pictforminfo> copy(RequestReader r, int offset, int size) {
        PictforminfoList v = new PictforminfoList(r, offset, size);
        java.util.List<Pictforminfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Pictforminfo get(int i) { return Pictforminfo.read(r, offset + check(i) * Pictforminfo.SIZE); }

    /** id of item i (PICTFORMAT), without a record. */
    public int id(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Pictforminfo.SIZE + 0);
    }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Pictforminfo.SIZE + 4);
    }

    /** depth of item i (CARD8), without a record. */
    public int depth(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Pictforminfo.SIZE + 5);
    }

    /** colormap of item i (COLORMAP), without a record. */
    public int colormap(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Pictforminfo.SIZE + 24);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
