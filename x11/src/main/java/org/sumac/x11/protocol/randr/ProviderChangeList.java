// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of ProviderChange in a request: a view over the client's buffer, valid while the request is handled. */
public final class ProviderChangeList {
    private final RequestReader r;
    private final int offset, size;

    public ProviderChangeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ProviderChange.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ProviderChange> copy(RequestReader r, int offset, int size) {
        ProviderChangeList v = new ProviderChangeList(r, offset, size);
        java.util.List<ProviderChange> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ProviderChange get(int i) { return ProviderChange.read(r, offset + check(i) * ProviderChange.SIZE); }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderChange.SIZE + 0);
    }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderChange.SIZE + 4);
    }

    /** provider of item i (PROVIDER), without a record. */
    public int provider(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderChange.SIZE + 8);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
