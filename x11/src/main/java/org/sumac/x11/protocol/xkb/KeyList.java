// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of Key in a request: a view over the client's buffer, valid while the request is handled. */
public final class KeyList {
    private final RequestReader r;
    private final int offset, size;

    public KeyList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Key.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Key> copy(RequestReader r, int offset, int size) {
        KeyList v = new KeyList(r, offset, size);
        java.util.List<Key> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Key get(int i) { return Key.read(r, offset + check(i) * Key.SIZE); }

    /** gap of item i (INT16), without a record. */
    public int gap(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Key.SIZE + 4);
    }

    /** shapeNdx of item i (CARD8), without a record. */
    public int shapeNdx(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Key.SIZE + 6);
    }

    /** colorNdx of item i (CARD8), without a record. */
    public int colorNdx(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Key.SIZE + 7);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
