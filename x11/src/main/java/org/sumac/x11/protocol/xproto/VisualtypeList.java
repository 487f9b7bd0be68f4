// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of VISUALTYPE in a request: a view over the client's buffer, valid while the request is handled. */
public final class VisualtypeList {
    private final RequestReader r;
    private final int offset, size;

    public VisualtypeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Visualtype.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Visualtype> copy(RequestReader r, int offset, int size) {
        VisualtypeList v = new VisualtypeList(r, offset, size);
        java.util.List<Visualtype> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Visualtype get(int i) { return Visualtype.read(r, offset + check(i) * Visualtype.SIZE); }

    /** visualId of item i (VISUALID), without a record. */
    public int visualId(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Visualtype.SIZE + 0);
    }

    /** cls of item i (CARD8), without a record. */
    public int cls(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Visualtype.SIZE + 4);
    }

    /** bitsPerRgbValue of item i (CARD8), without a record. */
    public int bitsPerRgbValue(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Visualtype.SIZE + 5);
    }

    /** colormapEntries of item i (CARD16), without a record. */
    public int colormapEntries(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Visualtype.SIZE + 6);
    }

    /** redMask of item i (CARD32), without a record. */
    public int redMask(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Visualtype.SIZE + 8);
    }

    /** greenMask of item i (CARD32), without a record. */
    public int greenMask(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Visualtype.SIZE + 12);
    }

    /** blueMask of item i (CARD32), without a record. */
    public int blueMask(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Visualtype.SIZE + 16);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
