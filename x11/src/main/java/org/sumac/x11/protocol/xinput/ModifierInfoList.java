// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of ModifierInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class ModifierInfoList {
    private final RequestReader r;
    private final int offset, size;

    public ModifierInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ModifierInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ModifierInfo> copy(RequestReader r, int offset, int size) {
        ModifierInfoList v = new ModifierInfoList(r, offset, size);
        java.util.List<ModifierInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ModifierInfo get(int i) { return ModifierInfo.read(r, offset + check(i) * ModifierInfo.SIZE); }

    /** base of item i (CARD32), without a record. */
    public int base(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModifierInfo.SIZE + 0);
    }

    /** latched of item i (CARD32), without a record. */
    public int latched(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModifierInfo.SIZE + 4);
    }

    /** locked of item i (CARD32), without a record. */
    public int locked(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModifierInfo.SIZE + 8);
    }

    /** effective of item i (CARD32), without a record. */
    public int effective(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModifierInfo.SIZE + 12);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
