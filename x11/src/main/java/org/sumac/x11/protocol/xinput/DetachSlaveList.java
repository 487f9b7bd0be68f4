// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of DetachSlave in a request: a view over the client's buffer, valid while the request is handled. */
public final class DetachSlaveList {
    private final RequestReader r;
    private final int offset, size;

    public DetachSlaveList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * DetachSlave.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<DetachSlave> copy(RequestReader r, int offset, int size) {
        DetachSlaveList v = new DetachSlaveList(r, offset, size);
        java.util.List<DetachSlave> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public DetachSlave get(int i) { return DetachSlave.read(r, offset + check(i) * DetachSlave.SIZE); }

    /** type of item i (CARD16), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DetachSlave.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DetachSlave.SIZE + 2);
    }

    /** deviceid of item i (DeviceId), without a record. */
    public int deviceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * DetachSlave.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
