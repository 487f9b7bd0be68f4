// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;

/** A list of ResourceSizeSpec in a request: a view over the client's buffer, valid while the request is handled. */
public final class ResourceSizeSpecList {
    private final RequestReader r;
    private final int offset, size;

    public ResourceSizeSpecList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ResourceSizeSpec.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ResourceSizeSpec> copy(RequestReader r, int offset, int size) {
        ResourceSizeSpecList v = new ResourceSizeSpecList(r, offset, size);
        java.util.List<ResourceSizeSpec> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ResourceSizeSpec get(int i) { return ResourceSizeSpec.read(r, offset + check(i) * ResourceSizeSpec.SIZE); }

    /** bytes of item i (CARD32), without a record. */
    public int bytes(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceSizeSpec.SIZE + 8);
    }

    /** refCount of item i (CARD32), without a record. */
    public int refCount(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceSizeSpec.SIZE + 12);
    }

    /** useCount of item i (CARD32), without a record. */
    public int useCount(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceSizeSpec.SIZE + 16);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
