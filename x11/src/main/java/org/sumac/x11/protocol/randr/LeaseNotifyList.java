// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of LeaseNotify in a request: a view over the client's buffer, valid while the request is handled. */
public final class LeaseNotifyList {
    private final RequestReader r;
    private final int offset, size;

    public LeaseNotifyList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * LeaseNotify.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<LeaseNotify> copy(RequestReader r, int offset, int size) {
        LeaseNotifyList v = new LeaseNotifyList(r, offset, size);
        java.util.List<LeaseNotify> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public LeaseNotify get(int i) { return LeaseNotify.read(r, offset + check(i) * LeaseNotify.SIZE); }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * LeaseNotify.SIZE + 0);
    }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * LeaseNotify.SIZE + 4);
    }

    /** lease of item i (LEASE), without a record. */
    public int lease(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * LeaseNotify.SIZE + 8);
    }

    /** created of item i (CARD8), without a record. */
    public int created(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * LeaseNotify.SIZE + 12);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
