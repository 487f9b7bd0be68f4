// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of DeviceEnableState in a request: a view over the client's buffer, valid while the request is handled. */
public final class DeviceEnableStateList {
    private final RequestReader r;
    private final int offset, size;

    public DeviceEnableStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * DeviceEnableState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<DeviceEnableState> copy(RequestReader r, int offset, int size) {
        DeviceEnableStateList v = new DeviceEnableStateList(r, offset, size);
        java.util.List<DeviceEnableState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public DeviceEnableState get(int i) { return DeviceEnableState.read(r, offset + check(i) * DeviceEnableState.SIZE); }

    /** controlId of item i (CARD16), without a record. */
    public int controlId(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceEnableState.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceEnableState.SIZE + 2);
    }

    /** enable of item i (CARD8), without a record. */
    public int enable(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * DeviceEnableState.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
