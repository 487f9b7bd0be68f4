// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of GLYPHINFO in a request: a view over the client's buffer, valid while the request is handled. */
public final class GlyphinfoList {
    private final RequestReader r;
    private final int offset, size;

    public GlyphinfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Glyphinfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Glyphinfo> copy(RequestReader r, int offset, int size) {
        GlyphinfoList v = new GlyphinfoList(r, offset, size);
        java.util.List<Glyphinfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Glyphinfo get(int i) { return Glyphinfo.read(r, offset + check(i) * Glyphinfo.SIZE); }

    /** width of item i (CARD16), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Glyphinfo.SIZE + 0);
    }

    /** height of item i (CARD16), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Glyphinfo.SIZE + 2);
    }

    /** x of item i (INT16), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Glyphinfo.SIZE + 4);
    }

    /** y of item i (INT16), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Glyphinfo.SIZE + 6);
    }

    /** xOff of item i (INT16), without a record. */
    public int xOff(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Glyphinfo.SIZE + 8);
    }

    /** yOff of item i (INT16), without a record. */
    public int yOff(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Glyphinfo.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
