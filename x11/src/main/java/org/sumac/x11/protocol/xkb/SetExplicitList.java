// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SetExplicit in a request: a view over the client's buffer, valid while the request is handled. */
public final class SetExplicitList {
    private final RequestReader r;
    private final int offset, size;

    public SetExplicitList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SetExplicit.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SetExplicit> copy(RequestReader r, int offset, int size) {
        SetExplicitList v = new SetExplicitList(r, offset, size);
        java.util.List<SetExplicit> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SetExplicit get(int i) { return SetExplicit.read(r, offset + check(i) * SetExplicit.SIZE); }

    /** keycode of item i (KEYCODE), without a record. */
    public int keycode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SetExplicit.SIZE + 0);
    }

    /** explicit of item i (CARD8), without a record. */
    public int explicit(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SetExplicit.SIZE + 1);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
