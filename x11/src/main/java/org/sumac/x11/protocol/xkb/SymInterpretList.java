// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SymInterpret in a request: a view over the client's buffer, valid while the request is handled. */
public final class SymInterpretList {
    private final RequestReader r;
    private final int offset, size;

    public SymInterpretList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SymInterpret.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SymInterpret> copy(RequestReader r, int offset, int size) {
        SymInterpretList v = new SymInterpretList(r, offset, size);
        java.util.List<SymInterpret> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SymInterpret get(int i) { return SymInterpret.read(r, offset + check(i) * SymInterpret.SIZE); }

    /** sym of item i (KEYSYM), without a record. */
    public int sym(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * SymInterpret.SIZE + 0);
    }

    /** mods of item i (CARD8), without a record. */
    public int mods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SymInterpret.SIZE + 4);
    }

    /** match of item i (CARD8), without a record. */
    public int match(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SymInterpret.SIZE + 5);
    }

    /** virtualMod of item i (CARD8), without a record. */
    public int virtualMod(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SymInterpret.SIZE + 6);
    }

    /** flags of item i (CARD8), without a record. */
    public int flags(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SymInterpret.SIZE + 7);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
