// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;

/** A list of ScreenSize in a request: a view over the client's buffer, valid while the request is handled. */
public final class ScreenSizeList {
    private final RequestReader r;
    private final int offset, size;

    public ScreenSizeList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ScreenSize.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ScreenSize> copy(RequestReader r, int offset, int size) {
        ScreenSizeList v = new ScreenSizeList(r, offset, size);
        java.util.List<ScreenSize> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ScreenSize get(int i) { return ScreenSize.read(r, offset + check(i) * ScreenSize.SIZE); }

    /** width of item i (CARD16), without a record. */
    public int width(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScreenSize.SIZE + 0);
    }

    /** height of item i (CARD16), without a record. */
    public int height(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScreenSize.SIZE + 2);
    }

    /** mwidth of item i (CARD16), without a record. */
    public int mwidth(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScreenSize.SIZE + 4);
    }

    /** mheight of item i (CARD16), without a record. */
    public int mheight(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ScreenSize.SIZE + 6);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
