// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of ModeInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class ModeInfoList {
    private final RequestReader r;
    private final int offset, size;

    public ModeInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ModeInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ModeInfo> copy(RequestReader r, int offset, int size) {
        ModeInfoList v = new ModeInfoList(r, offset, size);
        java.util.List<ModeInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ModeInfo get(int i) { return ModeInfo.read(r, offset + check(i) * ModeInfo.SIZE); }

    /** id of item i (CARD32), without a record. */
    public int id(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModeInfo.SIZE + 0);
    }

    /** width of item i (CARD16), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 4);
    }

    /** height of item i (CARD16), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 6);
    }

    /** dotClock of item i (CARD32), without a record. */
    public int dotClock(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModeInfo.SIZE + 8);
    }

    /** hsyncStart of item i (CARD16), without a record. */
    public int hsyncStart(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 12);
    }

    /** hsyncEnd of item i (CARD16), without a record. */
    public int hsyncEnd(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 14);
    }

    /** htotal of item i (CARD16), without a record. */
    public int htotal(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 16);
    }

    /** hskew of item i (CARD16), without a record. */
    public int hskew(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 18);
    }

    /** vsyncStart of item i (CARD16), without a record. */
    public int vsyncStart(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 20);
    }

    /** vsyncEnd of item i (CARD16), without a record. */
    public int vsyncEnd(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 22);
    }

    /** vtotal of item i (CARD16), without a record. */
    public int vtotal(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 24);
    }

    /** nameLen of item i (CARD16), without a record. */
    public int nameLen(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ModeInfo.SIZE + 26);
    }

    /** modeFlags of item i (CARD32), without a record. */
    public int modeFlags(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ModeInfo.SIZE + 28);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
