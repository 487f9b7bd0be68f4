// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;

/** A list of Type in a request: a view over the client's buffer, valid while the request is handled. */
public final class TypeList {
    private final RequestReader r;
    private final int offset, size;

    public TypeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Type.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Type> copy(RequestReader r, int offset, int size) {
        TypeList v = new TypeList(r, offset, size);
        java.util.List<Type> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Type get(int i) { return Type.read(r, offset + check(i) * Type.SIZE); }

    /** resourceType of item i (ATOM), without a record. */
    public int resourceType(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Type.SIZE + 0);
    }

    /** count of item i (CARD32), without a record. */
    public int count(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Type.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
