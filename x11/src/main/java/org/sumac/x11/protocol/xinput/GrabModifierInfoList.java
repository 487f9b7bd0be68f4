// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of GrabModifierInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class GrabModifierInfoList {
    private final RequestReader r;
    private final int offset, size;

    public GrabModifierInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * GrabModifierInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<GrabModifierInfo> copy(RequestReader r, int offset, int size) {
        GrabModifierInfoList v = new GrabModifierInfoList(r, offset, size);
        java.util.List<GrabModifierInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public GrabModifierInfo get(int i) { return GrabModifierInfo.read(r, offset + check(i) * GrabModifierInfo.SIZE); }

    /** modifiers of item i (CARD32), without a record. */
    public int modifiers(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * GrabModifierInfo.SIZE + 0);
    }

    /** status of item i (CARD8), without a record. */
    public int status(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * GrabModifierInfo.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
