// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of OutputChange in a request: a view over the client's buffer, valid while the request is handled. */
public final class OutputChangeList {
    private final RequestReader r;
    private final int offset, size;

    public OutputChangeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * OutputChange.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<OutputChange> copy(RequestReader r, int offset, int size) {
        OutputChangeList v = new OutputChangeList(r, offset, size);
        java.util.List<OutputChange> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public OutputChange get(int i) { return OutputChange.read(r, offset + check(i) * OutputChange.SIZE); }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputChange.SIZE + 0);
    }

    /** configTimestamp of item i (TIMESTAMP), without a record. */
    public int configTimestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputChange.SIZE + 4);
    }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputChange.SIZE + 8);
    }

    /** output of item i (OUTPUT), without a record. */
    public int output(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputChange.SIZE + 12);
    }

    /** crtc of item i (CRTC), without a record. */
    public int crtc(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputChange.SIZE + 16);
    }

    /** mode of item i (MODE), without a record. */
    public int mode(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * OutputChange.SIZE + 20);
    }

    /** rotation of item i (CARD16), without a record. */
    public int rotation(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * OutputChange.SIZE + 24);
    }

    /** connection of item i (CARD8), without a record. */
    public int connection(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * OutputChange.SIZE + 26);
    }

    /** subpixelOrder of item i (CARD8), without a record. */
    public int subpixelOrder(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * OutputChange.SIZE + 27);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
