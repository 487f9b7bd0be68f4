// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of HierarchyInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class HierarchyInfoList {
    private final RequestReader r;
    private final int offset, size;

    public HierarchyInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * HierarchyInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<HierarchyInfo> copy(RequestReader r, int offset, int size) {
        HierarchyInfoList v = new HierarchyInfoList(r, offset, size);
        java.util.List<HierarchyInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public HierarchyInfo get(int i) { return HierarchyInfo.read(r, offset + check(i) * HierarchyInfo.SIZE); }

    /** deviceid of item i (DeviceId), without a record. */
    public int deviceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * HierarchyInfo.SIZE + 0);
    }

    /** attachment of item i (DeviceId), without a record. */
    public int attachment(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * HierarchyInfo.SIZE + 2);
    }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * HierarchyInfo.SIZE + 4);
    }

    /** enabled of item i (BOOL), without a record. */
    public boolean enabled(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * HierarchyInfo.SIZE + 5) != 0;
    }

    /** flags of item i (CARD32), without a record. */
    public int flags(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * HierarchyInfo.SIZE + 8);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
