// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of IndicatorMap in a request: a view over the client's buffer, valid while the request is handled. */
public final class IndicatorMapList {
    private final RequestReader r;
    private final int offset, size;

    public IndicatorMapList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * IndicatorMap.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<IndicatorMap> copy(RequestReader r, int offset, int size) {
        IndicatorMapList v = new IndicatorMapList(r, offset, size);
        java.util.List<IndicatorMap> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public IndicatorMap get(int i) { return IndicatorMap.read(r, offset + check(i) * IndicatorMap.SIZE); }

    /** flags of item i (CARD8), without a record. */
    public int flags(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IndicatorMap.SIZE + 0);
    }

    /** whichGroups of item i (CARD8), without a record. */
    public int whichGroups(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IndicatorMap.SIZE + 1);
    }

    /** groups of item i (CARD8), without a record. */
    public int groups(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IndicatorMap.SIZE + 2);
    }

    /** whichMods of item i (CARD8), without a record. */
    public int whichMods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IndicatorMap.SIZE + 3);
    }

    /** mods of item i (CARD8), without a record. */
    public int mods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IndicatorMap.SIZE + 4);
    }

    /** realMods of item i (CARD8), without a record. */
    public int realMods(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * IndicatorMap.SIZE + 5);
    }

    /** vmods of item i (CARD16), without a record. */
    public int vmods(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * IndicatorMap.SIZE + 6);
    }

    /** ctrls of item i (CARD32), without a record. */
    public int ctrls(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * IndicatorMap.SIZE + 8);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
