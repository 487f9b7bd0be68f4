// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of INDEXVALUE in a request: a view over the client's buffer, valid while the request is handled. */
public final class IndexvalueList {
    private final RequestReader r;
    private final int offset, size;

    public IndexvalueList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Indexvalue.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Indexvalue> copy(RequestReader r, int offset, int size) {
        IndexvalueList v = new IndexvalueList(r, offset, size);
        java.util.List<Indexvalue> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Indexvalue get(int i) { return Indexvalue.read(r, offset + check(i) * Indexvalue.SIZE); }

    /** pixel of item i (CARD32), without a record. */
    public int pixel(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Indexvalue.SIZE + 0);
    }

    /** red of item i (CARD16), without a record. */
    public int red(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Indexvalue.SIZE + 4);
    }

    /** green of item i (CARD16), without a record. */
    public int green(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Indexvalue.SIZE + 6);
    }

    /** blue of item i (CARD16), without a record. */
    public int blue(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Indexvalue.SIZE + 8);
    }

    /** alpha of item i (CARD16), without a record. */
    public int alpha(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Indexvalue.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
