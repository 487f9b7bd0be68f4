// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of DIRECTFORMAT in a request: a view over the client's buffer, valid while the request is handled. */
public final class DirectformatList {
    private final RequestReader r;
    private final int offset, size;

    public DirectformatList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Directformat.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Directformat> copy(RequestReader r, int offset, int size) {
        DirectformatList v = new DirectformatList(r, offset, size);
        java.util.List<Directformat> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Directformat get(int i) { return Directformat.read(r, offset + check(i) * Directformat.SIZE); }

    /** redShift of item i (CARD16), without a record. */
    public int redShift(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 0);
    }

    /** redMask of item i (CARD16), without a record. */
    public int redMask(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 2);
    }

    /** greenShift of item i (CARD16), without a record. */
    public int greenShift(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 4);
    }

    /** greenMask of item i (CARD16), without a record. */
    public int greenMask(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 6);
    }

    /** blueShift of item i (CARD16), without a record. */
    public int blueShift(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 8);
    }

    /** blueMask of item i (CARD16), without a record. */
    public int blueMask(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 10);
    }

    /** alphaShift of item i (CARD16), without a record. */
    public int alphaShift(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 12);
    }

    /** alphaMask of item i (CARD16), without a record. */
    public int alphaMask(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Directformat.SIZE + 14);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
