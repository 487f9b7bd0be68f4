// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;

/** A list of BufferAttributes in a request: a view over the client's buffer, valid while the request is handled. */
public final class BufferAttributesList {
    private final RequestReader r;
    private final int offset, size;

    public BufferAttributesList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * BufferAttributes.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<BufferAttributes> copy(RequestReader r, int offset, int size) {
        BufferAttributesList v = new BufferAttributesList(r, offset, size);
        java.util.List<BufferAttributes> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public BufferAttributes get(int i) { return BufferAttributes.read(r, offset + check(i) * BufferAttributes.SIZE); }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * BufferAttributes.SIZE + 0);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
