// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of TouchClass in a request: a view over the client's buffer, valid while the request is handled. */
public final class TouchClassList {
    private final RequestReader r;
    private final int offset, size;

    public TouchClassList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * TouchClass.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<TouchClass> copy(RequestReader r, int offset, int size) {
        TouchClassList v = new TouchClassList(r, offset, size);
        java.util.List<TouchClass> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public TouchClass get(int i) { return TouchClass.read(r, offset + check(i) * TouchClass.SIZE); }

    /** type of item i (CARD16), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * TouchClass.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * TouchClass.SIZE + 2);
    }

    /** sourceid of item i (DeviceId), without a record. */
    public int sourceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * TouchClass.SIZE + 4);
    }

    /** mode of item i (CARD8), without a record. */
    public int mode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * TouchClass.SIZE + 6);
    }

    /** numTouches of item i (CARD8), without a record. */
    public int numTouches(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * TouchClass.SIZE + 7);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
