// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of ResourceChange in a request: a view over the client's buffer, valid while the request is handled. */
public final class ResourceChangeList {
    private final RequestReader r;
    private final int offset, size;

    public ResourceChangeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ResourceChange.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ResourceChange> copy(RequestReader r, int offset, int size) {
        ResourceChangeList v = new ResourceChangeList(r, offset, size);
        java.util.List<ResourceChange> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ResourceChange get(int i) { return ResourceChange.read(r, offset + check(i) * ResourceChange.SIZE); }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceChange.SIZE + 0);
    }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceChange.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
