// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of DeviceAbsCalibCtl in a request: a view over the client's buffer, valid while the request is handled. */
public final class DeviceAbsCalibCtlList {
    private final RequestReader r;
    private final int offset, size;

    public DeviceAbsCalibCtlList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * DeviceAbsCalibCtl.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<DeviceAbsCalibCtl> copy(RequestReader r, int offset, int size) {
        DeviceAbsCalibCtlList v = new DeviceAbsCalibCtlList(r, offset, size);
        java.util.List<DeviceAbsCalibCtl> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public DeviceAbsCalibCtl get(int i) { return DeviceAbsCalibCtl.read(r, offset + check(i) * DeviceAbsCalibCtl.SIZE); }

    /** controlId of item i (CARD16), without a record. */
    public int controlId(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 2);
    }

    /** minX of item i (INT32), without a record. */
    public int minX(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 4);
    }

    /** maxX of item i (INT32), without a record. */
    public int maxX(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 8);
    }

    /** minY of item i (INT32), without a record. */
    public int minY(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 12);
    }

    /** maxY of item i (INT32), without a record. */
    public int maxY(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 16);
    }

    /** flipX of item i (CARD32), without a record. */
    public int flipX(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 20);
    }

    /** flipY of item i (CARD32), without a record. */
    public int flipY(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 24);
    }

    /** rotation of item i (CARD32), without a record. */
    public int rotation(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 28);
    }

    /** buttonThreshold of item i (CARD32), without a record. */
    public int buttonThreshold(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceAbsCalibCtl.SIZE + 32);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
