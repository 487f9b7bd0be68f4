// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of BarrierReleasePointerInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class BarrierReleasePointerInfoList {
    private final RequestReader r;
    private final int offset, size;

    public BarrierReleasePointerInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * BarrierReleasePointerInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<BarrierReleasePointerInfo> copy(RequestReader r, int offset, int size) {
        BarrierReleasePointerInfoList v = new BarrierReleasePointerInfoList(r, offset, size);
        java.util.List<BarrierReleasePointerInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public BarrierReleasePointerInfo get(int i) { return BarrierReleasePointerInfo.read(r, offset + check(i) * BarrierReleasePointerInfo.SIZE); }

    /** deviceid of item i (DeviceId), without a record. */
    public int deviceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * BarrierReleasePointerInfo.SIZE + 0);
    }

    /** barrier of item i (BARRIER), without a record. */
    public int barrier(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * BarrierReleasePointerInfo.SIZE + 4);
    }

    /** eventid of item i (CARD32), without a record. */
    public int eventid(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * BarrierReleasePointerInfo.SIZE + 8);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
