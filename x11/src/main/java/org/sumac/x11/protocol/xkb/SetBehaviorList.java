// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SetBehavior in a request: a view over the client's buffer, valid while the request is handled. */
public final class SetBehaviorList {
    private final RequestReader r;
    private final int offset, size;

    public SetBehaviorList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SetBehavior.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SetBehavior> copy(RequestReader r, int offset, int size) {
        SetBehaviorList v = new SetBehaviorList(r, offset, size);
        java.util.List<SetBehavior> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SetBehavior get(int i) { return SetBehavior.read(r, offset + check(i) * SetBehavior.SIZE); }

    /** keycode of item i (KEYCODE), without a record. */
    public int keycode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SetBehavior.SIZE + 0);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
