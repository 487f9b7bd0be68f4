// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of ButtonInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class ButtonInfoList {
    private final RequestReader r;
    private final int offset, size;

    public ButtonInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ButtonInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ButtonInfo> copy(RequestReader r, int offset, int size) {
        ButtonInfoList v = new ButtonInfoList(r, offset, size);
        java.util.List<ButtonInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ButtonInfo get(int i) { return ButtonInfo.read(r, offset + check(i) * ButtonInfo.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * ButtonInfo.SIZE + 0);
    }

    /** len of item i (CARD8), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * ButtonInfo.SIZE + 1);
    }

    /** numButtons of item i (CARD16), without a record. */
    public int numButtons(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ButtonInfo.SIZE + 2);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
