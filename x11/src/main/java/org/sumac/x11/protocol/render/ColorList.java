// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of COLOR in a request: a view over the client's buffer, valid while the request is handled. */
public final class ColorList {
    private final RequestReader r;
    private final int offset, size;

    public ColorList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Color.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Color> copy(RequestReader r, int offset, int size) {
        ColorList v = new ColorList(r, offset, size);
        java.util.List<Color> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Color get(int i) { return Color.read(r, offset + check(i) * Color.SIZE); }

    /** red of item i (CARD16), without a record. */
    public int red(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Color.SIZE + 0);
    }

    /** green of item i (CARD16), without a record. */
    public int green(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Color.SIZE + 2);
    }

    /** blue of item i (CARD16), without a record. */
    public int blue(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Color.SIZE + 4);
    }

    /** alpha of item i (CARD16), without a record. */
    public int alpha(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Color.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
