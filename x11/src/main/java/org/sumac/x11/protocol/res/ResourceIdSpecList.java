// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;

/** A list of ResourceIdSpec in a request: a view over the client's buffer, valid while the request is handled. */
public final class ResourceIdSpecList {
    private final RequestReader r;
    private final int offset, size;

    public ResourceIdSpecList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ResourceIdSpec.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ResourceIdSpec> copy(RequestReader r, int offset, int size) {
        ResourceIdSpecList v = new ResourceIdSpecList(r, offset, size);
        java.util.List<ResourceIdSpec> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ResourceIdSpec get(int i) { return ResourceIdSpec.read(r, offset + check(i) * ResourceIdSpec.SIZE); }

    /** resource of item i (CARD32), without a record. */
    public int resource(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceIdSpec.SIZE + 0);
    }

    /** type of item i (CARD32), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ResourceIdSpec.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
