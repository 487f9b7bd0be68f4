// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of ModDef in a request: a view over the client's buffer, valid while the request is handled. */
public final class ModDefList {
    private final RequestReader r;
    private final int offset, size;

    public ModDefList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ModDef.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ModDef> copy(RequestReader r, int offset, int size) {
        ModDefList v = new ModDefList(r, offset, size);
        java.util.List<ModDef> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ModDef get(int i) { return ModDef.read(r, offset + check(i) * ModDef.SIZE); }

    /** mask of item i (CARD8), without a record. */
    public int mask(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * ModDef.SIZE + 0);
    }

    /** realMods of item i (CARD8), without a record. */
    public int realMods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * ModDef.SIZE + 1);
    }

    /** vmods of item i (CARD16), without a record. */
    public int vmods(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModDef.SIZE + 2);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
