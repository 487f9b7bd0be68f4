// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SARedirectKey in a request: a view over the client's buffer, valid while the request is handled. */
public final class SARedirectKeyList {
    private final RequestReader r;
    private final int offset, size;

    public SARedirectKeyList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SARedirectKey.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SARedirectKey> copy(RequestReader r, int offset, int size) {
        SARedirectKeyList v = new SARedirectKeyList(r, offset, size);
        java.util.List<SARedirectKey> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SARedirectKey get(int i) { return SARedirectKey.read(r, offset + check(i) * SARedirectKey.SIZE); }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 0);
    }

    /** newkey of item i (KEYCODE), without a record. */
    public int newkey(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 1);
    }

    /** mask of item i (CARD8), without a record. */
    public int mask(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 2);
    }

    /** realModifiers of item i (CARD8), without a record. */
    public int realModifiers(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 3);
    }

    /** vmodsMaskHigh of item i (CARD8), without a record. */
    public int vmodsMaskHigh(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 4);
    }

    /** vmodsMaskLow of item i (CARD8), without a record. */
    public int vmodsMaskLow(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 5);
    }

    /** vmodsHigh of item i (CARD8), without a record. */
    public int vmodsHigh(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 6);
    }

    /** vmodsLow of item i (CARD8), without a record. */
    public int vmodsLow(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SARedirectKey.SIZE + 7);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
