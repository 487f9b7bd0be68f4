// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of RECTANGLE in a request: a view over the client's buffer, valid while the request is handled. */
public final class RectangleList {
    private final RequestReader r;
    private final int offset, size;

    public RectangleList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Rectangle.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Rectangle> copy(RequestReader r, int offset, int size) {
        RectangleList v = new RectangleList(r, offset, size);
        java.util.List<Rectangle> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Rectangle get(int i) { return Rectangle.read(r, offset + check(i) * Rectangle.SIZE); }

    /** x of item i (INT16), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Rectangle.SIZE + 0);
    }

    /** y of item i (INT16), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Rectangle.SIZE + 2);
    }

    /** width of item i (CARD16), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Rectangle.SIZE + 4);
    }

    /** height of item i (CARD16), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Rectangle.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
