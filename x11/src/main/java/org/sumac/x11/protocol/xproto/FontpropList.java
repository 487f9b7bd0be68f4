// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of FONTPROP in a request: a view over the client's buffer, valid while the request is handled. */
public final class FontpropList {
    private final RequestReader r;
    private final int offset, size;

    public FontpropList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Fontprop.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Fontprop> copy(RequestReader r, int offset, int size) {
        FontpropList v = new FontpropList(r, offset, size);
        java.util.List<Fontprop> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Fontprop get(int i) { return Fontprop.read(r, offset + check(i) * Fontprop.SIZE); }

    /** name of item i (ATOM), without a record. */
    public int name(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Fontprop.SIZE + 0);
    }

    /** value of item i (CARD32), without a record. */
    public int value(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Fontprop.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
