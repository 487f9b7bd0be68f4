// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of InputClassInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class InputClassInfoList {
    private final RequestReader r;
    private final int offset, size;

    public InputClassInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * InputClassInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<InputClassInfo> copy(RequestReader r, int offset, int size) {
        InputClassInfoList v = new InputClassInfoList(r, offset, size);
        java.util.List<InputClassInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public InputClassInfo get(int i) { return InputClassInfo.read(r, offset + check(i) * InputClassInfo.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * InputClassInfo.SIZE + 0);
    }

    /** eventTypeBase of item i (EventTypeBase), without a record. */
    public int eventTypeBase(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * InputClassInfo.SIZE + 1);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
