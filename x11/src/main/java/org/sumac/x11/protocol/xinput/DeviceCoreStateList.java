// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of DeviceCoreState in a request: a view over the client's buffer, valid while the request is handled. */
public final class DeviceCoreStateList {
    private final RequestReader r;
    private final int offset, size;

    public DeviceCoreStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * DeviceCoreState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<DeviceCoreState> copy(RequestReader r, int offset, int size) {
        DeviceCoreStateList v = new DeviceCoreStateList(r, offset, size);
        java.util.List<DeviceCoreState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public DeviceCoreState get(int i) { return DeviceCoreState.read(r, offset + check(i) * DeviceCoreState.SIZE); }

    /** controlId of item i (CARD16), without a record. */
    public int controlId(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceCoreState.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceCoreState.SIZE + 2);
    }

    /** status of item i (CARD8), without a record. */
    public int status(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * DeviceCoreState.SIZE + 4);
    }

    /** iscore of item i (CARD8), without a record. */
    public int iscore(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * DeviceCoreState.SIZE + 5);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
