// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of KeyState in a request: a view over the client's buffer, valid while the request is handled. */
public final class KeyStateList {
    private final RequestReader r;
    private final int offset, size;

    public KeyStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KeyState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KeyState> copy(RequestReader r, int offset, int size) {
        KeyStateList v = new KeyStateList(r, offset, size);
        java.util.List<KeyState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KeyState get(int i) { return KeyState.read(r, offset + check(i) * KeyState.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyState.SIZE + 0);
    }

    /** len of item i (CARD8), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyState.SIZE + 1);
    }

    /** numKeys of item i (CARD8), without a record. */
    public int numKeys(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyState.SIZE + 2);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
