// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of KTMapEntry in a request: a view over the client's buffer, valid while the request is handled. */
public final class KTMapEntryList {
    private final RequestReader r;
    private final int offset, size;

    public KTMapEntryList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KTMapEntry.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KTMapEntry> copy(RequestReader r, int offset, int size) {
        KTMapEntryList v = new KTMapEntryList(r, offset, size);
        java.util.List<KTMapEntry> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KTMapEntry get(int i) { return KTMapEntry.read(r, offset + check(i) * KTMapEntry.SIZE); }

    /** active of item i (BOOL), without a record. */
    public boolean active(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KTMapEntry.SIZE + 0) != 0;
    }

    /** modsMask of item i (CARD8), without a record. */
    public int modsMask(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KTMapEntry.SIZE + 1);
    }

    /** level of item i (CARD8), without a record. */
    public int level(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KTMapEntry.SIZE + 2);
    }

    /** modsMods of item i (CARD8), without a record. */
    public int modsMods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KTMapEntry.SIZE + 3);
    }

    /** modsVmods of item i (CARD16), without a record. */
    public int modsVmods(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KTMapEntry.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
