// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of AxisInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class AxisInfoList {
    private final RequestReader r;
    private final int offset, size;

    public AxisInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * AxisInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<AxisInfo> copy(RequestReader r, int offset, int size) {
        AxisInfoList v = new AxisInfoList(r, offset, size);
        java.util.List<AxisInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public AxisInfo get(int i) { return AxisInfo.read(r, offset + check(i) * AxisInfo.SIZE); }

    /** resolution of item i (CARD32), without a record. */
    public int resolution(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * AxisInfo.SIZE + 0);
    }

    /** minimum of item i (INT32), without a record. */
    public int minimum(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * AxisInfo.SIZE + 4);
    }

    /** maximum of item i (INT32), without a record. */
    public int maximum(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * AxisInfo.SIZE + 8);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
