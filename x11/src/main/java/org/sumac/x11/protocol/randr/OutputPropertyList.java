// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of OutputProperty in a request: a view over the client's buffer, valid while the request is handled. */
public final class OutputPropertyList {
    private final RequestReader r;
    private final int offset, size;

    public OutputPropertyList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * OutputProperty.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<OutputProperty> copy(RequestReader r, int offset, int size) {
        OutputPropertyList v = new OutputPropertyList(r, offset, size);
        java.util.List<OutputProperty> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public OutputProperty get(int i) { return OutputProperty.read(r, offset + check(i) * OutputProperty.SIZE); }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputProperty.SIZE + 0);
    }

    /** output of item i (OUTPUT), without a record. */
    public int output(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputProperty.SIZE + 4);
    }

    /** atom of item i (ATOM), without a record. */
    public int atom(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputProperty.SIZE + 8);
    }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputProperty.SIZE + 12);
    }

    /** status of item i (CARD8), without a record. */
    public int status(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * OutputProperty.SIZE + 16);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
