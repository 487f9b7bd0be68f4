// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SANoAction in a request: a view over the client's buffer, valid while the request is handled. */
public final class SANoActionList {
    private final RequestReader r;
    private final int offset, size;

    public SANoActionList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SANoAction.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SANoAction> copy(RequestReader r, int offset, int size) {
        SANoActionList v = new SANoActionList(r, offset, size);
        java.util.List<SANoAction> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SANoAction get(int i) { return SANoAction.read(r, offset + check(i) * SANoAction.SIZE); }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SANoAction.SIZE + 0);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
