// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of CrtcChange in a request: a view over the client's buffer, valid while the request is handled. */
public final class CrtcChangeList {
    private final RequestReader r;
    private final int offset, size;

    public CrtcChangeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * CrtcChange.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<CrtcChange> copy(RequestReader r, int offset, int size) {
        CrtcChangeList v = new CrtcChangeList(r, offset, size);
        java.util.List<CrtcChange> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public CrtcChange get(int i) { return CrtcChange.read(r, offset + check(i) * CrtcChange.SIZE); }

    /** timestamp of item i (TIMESTAMP), without a record. */
    public int timestamp(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * CrtcChange.SIZE + 0);
    }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * CrtcChange.SIZE + 4);
    }

    /** crtc of item i (CRTC), without a record. */
    public int crtc(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * CrtcChange.SIZE + 8);
    }

    /** mode of item i (MODE), without a record. */
    public int mode(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * CrtcChange.SIZE + 12);
    }

    /** rotation of item i (CARD16), without a record. */
    public int rotation(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * CrtcChange.SIZE + 16);
    }

    /** x of item i (INT16), without a record. */
    public int x(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * CrtcChange.SIZE + 20);
    }

    /** y of item i (INT16), without a record. */
    public int y(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * CrtcChange.SIZE + 22);
    }

    /** width of item i (CARD16), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * CrtcChange.SIZE + 24);
    }

    /** height of item i (CARD16), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * CrtcChange.SIZE + 26);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
