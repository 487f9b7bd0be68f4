// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of KeyInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class KeyInfoList {
    private final RequestReader r;
    private final int offset, size;

    public KeyInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KeyInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KeyInfo> copy(RequestReader r, int offset, int size) {
        KeyInfoList v = new KeyInfoList(r, offset, size);
        java.util.List<KeyInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KeyInfo get(int i) { return KeyInfo.read(r, offset + check(i) * KeyInfo.SIZE); }

    /** classId of item i (CARD8), without a record. */
    public int classId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyInfo.SIZE + 0);
    }

    /** len of item i (CARD8), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyInfo.SIZE + 1);
    }

    /** minKeycode of item i (KeyCode), without a record. */
    public int minKeycode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyInfo.SIZE + 2);
    }

    /** maxKeycode of item i (KeyCode), without a record. */
    public int maxKeycode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * KeyInfo.SIZE + 3);
    }

    /** numKeys of item i (CARD16), without a record. */
    public int numKeys(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * KeyInfo.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
