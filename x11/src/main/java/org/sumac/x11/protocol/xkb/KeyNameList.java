// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of KeyName in a request: a view over the client's buffer, valid while the request is handled. */
public final class KeyNameList {
    private final RequestReader r;
    private final int offset, size;

    public KeyNameList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * KeyName.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<KeyName> copy(RequestReader r, int offset, int size) {
        KeyNameList v = new KeyNameList(r, offset, size);
        java.util.List<KeyName> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public KeyName get(int i) { return KeyName.read(r, offset + check(i) * KeyName.SIZE); }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
