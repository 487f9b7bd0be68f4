// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of KTSetMapEntry in a request: a view over the client's buffer, valid while the request is handled. */
public final class KTSetMapEntryList {
    private final RequestReader r;
    private final int offset, size;

    public KTSetMapEntryList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KTSetMapEntry.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KTSetMapEntry> copy(RequestReader r, int offset, int size) {
        KTSetMapEntryList v = new KTSetMapEntryList(r, offset, size);
        java.util.List<KTSetMapEntry> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KTSetMapEntry get(int i) { return KTSetMapEntry.read(r, offset + check(i) * KTSetMapEntry.SIZE); }

    /** level of item i (CARD8), without a record. */
    public int level(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KTSetMapEntry.SIZE + 0);
    }

    /** realMods of item i (CARD8), without a record. */
    public int realMods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KTSetMapEntry.SIZE + 1);
    }

    /** virtualMods of item i (CARD16), without a record. */
    public int virtualMods(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KTSetMapEntry.SIZE + 2);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
