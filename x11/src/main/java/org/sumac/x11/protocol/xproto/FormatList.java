// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/** A list of FORMAT in a request: a view over the client's buffer, valid while the request is handled. */
public final class FormatList {
    private final RequestReader r;
    private final int offset, size;

    public FormatList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Format.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Format> copy(RequestReader r, int offset, int size) {
        FormatList v = new FormatList(r, offset, size);
        java.util.List<Format> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Format get(int i) { return Format.read(r, offset + check(i) * Format.SIZE); }

    /** depth of item i (CARD8), without a record. */
    public int depth(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Format.SIZE + 0);
    }

    /** bitsPerPixel of item i (CARD8), without a record. */
    public int bitsPerPixel(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Format.SIZE + 1);
    }

    /** scanlinePad of item i (CARD8), without a record. */
    public int scanlinePad(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * Format.SIZE + 2);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
