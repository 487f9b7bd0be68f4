// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;

/** A list of TRIGGER in a request: a view over the client's buffer, valid while the request is handled. */
public final class TriggerList {
    private final RequestReader r;
    private final int offset, size;

    public TriggerList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Trigger.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Trigger> copy(RequestReader r, int offset, int size) {
        TriggerList v = new TriggerList(r, offset, size);
        java.util.List<Trigger> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Trigger get(int i) { return Trigger.read(r, offset + check(i) * Trigger.SIZE); }

    /** counter of item i (COUNTER), without a record. */
    public int counter(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Trigger.SIZE + 0);
    }

    /** waitType of item i (CARD32), without a record. */
    public int waitType(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Trigger.SIZE + 4);
    }

    /** testType of item i (CARD32), without a record. */
    public int testType(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Trigger.SIZE + 16);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
