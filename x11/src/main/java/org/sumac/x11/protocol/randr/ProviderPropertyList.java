// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of ProviderProperty in a request: a view over the client's buffer, valid while the request is handled. */
public final class ProviderPropertyList {
    private final RequestReader r;
    private final int offset, size;

    public ProviderPropertyList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ProviderProperty.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ProviderProperty> copy(RequestReader r, int offset, int size) {
        ProviderPropertyList v = new ProviderPropertyList(r, offset, size);
        java.util.List<ProviderProperty> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ProviderProperty get(int i) { return ProviderProperty.read(r, offset + check(i) * ProviderProperty.SIZE); }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderProperty.SIZE + 0);
    }

    /** provider of item i (PROVIDER), without a record. */
    public int provider(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderProperty.SIZE + 4);
    }

    /** atom of item i (ATOM), without a record. */
    public int atom(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderProperty.SIZE + 8);
    }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ProviderProperty.SIZE + 12);
    }

    /** state of item i (CARD8), without a record. */
    public int state(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * ProviderProperty.SIZE + 16);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
