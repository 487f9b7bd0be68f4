// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of DeviceInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class DeviceInfoList {
    private final RequestReader r;
    private final int offset, size;

    public DeviceInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * DeviceInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<DeviceInfo> copy(RequestReader r, int offset, int size) {
        DeviceInfoList v = new DeviceInfoList(r, offset, size);
        java.util.List<DeviceInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public DeviceInfo get(int i) { return DeviceInfo.read(r, offset + check(i) * DeviceInfo.SIZE); }

    /** deviceType of item i (ATOM), without a record. */
    public int deviceType(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * DeviceInfo.SIZE + 0);
    }

    /** deviceId of item i (CARD8), without a record. */
    public int deviceId(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * DeviceInfo.SIZE + 4);
    }

    /** numClassInfo of item i (CARD8), without a record. */
    public int numClassInfo(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * DeviceInfo.SIZE + 5);
    }

    /** deviceUse of item i (CARD8), without a record. */
    public int deviceUse(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * DeviceInfo.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
