// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of AttachSlave in a request: a view over the client's buffer, valid while the request is handled. */
public final class AttachSlaveList {
    private final RequestReader r;
    private final int offset, size;

    public AttachSlaveList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * AttachSlave.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<AttachSlave> copy(RequestReader r, int offset, int size) {
        AttachSlaveList v = new AttachSlaveList(r, offset, size);
        java.util.List<AttachSlave> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public AttachSlave get(int i) { return AttachSlave.read(r, offset + check(i) * AttachSlave.SIZE); }

    /** type of item i (CARD16), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * AttachSlave.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * AttachSlave.SIZE + 2);
    }

    /** deviceid of item i (DeviceId), without a record. */
    public int deviceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * AttachSlave.SIZE + 4);
    }

    /** master of item i (DeviceId), without a record. */
    public int master(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * AttachSlave.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
