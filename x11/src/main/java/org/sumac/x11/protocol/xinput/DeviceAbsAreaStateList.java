// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of DeviceAbsAreaState in a request: a view over the client's buffer, valid while the request is handled. */
public final class DeviceAbsAreaStateList {
    private final RequestReader r;
    private final int offset, size;

    public DeviceAbsAreaStateList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * DeviceAbsAreaState.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<DeviceAbsAreaState> copy(RequestReader r, int offset, int size) {
        DeviceAbsAreaStateList v = new DeviceAbsAreaStateList(r, offset, size);
        java.util.List<DeviceAbsAreaState> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public DeviceAbsAreaState get(int i) { return DeviceAbsAreaState.read(r, offset + check(i) * DeviceAbsAreaState.SIZE); }

    /** controlId of item i (CARD16), without a record. */
    public int controlId(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceAbsAreaState.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceAbsAreaState.SIZE + 2);
    }

    /** offsetX of item i (CARD32), without a record. */
    public int offsetX(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsAreaState.SIZE + 4);
    }

    /** offsetY of item i (CARD32), without a record. */
    public int offsetY(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsAreaState.SIZE + 8);
    }

    /** width of item i (CARD32), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsAreaState.SIZE + 12);
    }

    /** height of item i (CARD32), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsAreaState.SIZE + 16);
    }

    /** screen of item i (CARD32), without a record. */
    public int screen(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsAreaState.SIZE + 20);
    }

    /** following of item i (CARD32), without a record. */
    public int following(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsAreaState.SIZE + 24);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
