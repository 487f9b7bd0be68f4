// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;

/** A list of Notify in a request: a view over the client's buffer, valid while the request is handled. */
public final class NotifyList {
    private final RequestReader r;
    private final int offset, size;

    public NotifyList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Notify.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Notify> copy(RequestReader r, int offset, int size) {
        NotifyList v = new NotifyList(r, offset, size);
        java.util.List<Notify> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Notify get(int i) { return Notify.read(r, offset + check(i) * Notify.SIZE); }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Notify.SIZE + 0);
    }

    /** serial of item i (CARD32), without a record. */
    public int serial(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Notify.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
