// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;

/** A list of ClientIdSpec in a request: a view over the client's buffer, valid while the request is handled. */
public final class ClientIdSpecList {
    private final RequestReader r;
    private final int offset, size;

    public ClientIdSpecList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ClientIdSpec.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ClientIdSpec> copy(RequestReader r, int offset, int size) {
        ClientIdSpecList v = new ClientIdSpecList(r, offset, size);
        java.util.List<ClientIdSpec> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ClientIdSpec get(int i) { return ClientIdSpec.read(r, offset + check(i) * ClientIdSpec.SIZE); }

    /** client of item i (CARD32), without a record. */
    public int client(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ClientIdSpec.SIZE + 0);
    }

    /** mask of item i (CARD32), without a record. */
    public int mask(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ClientIdSpec.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
