// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of CHARINFO in a request: a view over the client's buffer, valid while the request is handled. */
public final class CharinfoList {
    private final RequestReader r;
    private final int offset, size;

    public CharinfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Charinfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Charinfo> copy(RequestReader r, int offset, int size) {
        CharinfoList v = new CharinfoList(r, offset, size);
        java.util.List<Charinfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Charinfo get(int i) { return Charinfo.read(r, offset + check(i) * Charinfo.SIZE); }

    /** leftSideBearing of item i (INT16), without a record. */
    public int leftSideBearing(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Charinfo.SIZE + 0);
    }

    /** rightSideBearing of item i (INT16), without a record. */
    public int rightSideBearing(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Charinfo.SIZE + 2);
    }

    /** characterWidth of item i (INT16), without a record. */
    public int characterWidth(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Charinfo.SIZE + 4);
    }

    /** ascent of item i (INT16), without a record. */
    public int ascent(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Charinfo.SIZE + 6);
    }

    /** descent of item i (INT16), without a record. */
    public int descent(int i) {
        RequestReader in_ = r;
        return in_.int16At(offset + check(i) * Charinfo.SIZE + 8);
    }

    /** attributes of item i (CARD16), without a record. */
    public int attributes(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * Charinfo.SIZE + 10);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
