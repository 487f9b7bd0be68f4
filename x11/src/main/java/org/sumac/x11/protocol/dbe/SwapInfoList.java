// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;

/** A list of SwapInfo in a request: a view over the client's buffer, valid while the request is handled. */
public final class SwapInfoList {
    private final RequestReader r;
    private final int offset, size;

    public SwapInfoList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SwapInfo.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SwapInfo> copy(RequestReader r, int offset, int size) {
        SwapInfoList v = new SwapInfoList(r, offset, size);
        java.util.List<SwapInfo> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SwapInfo get(int i) { return SwapInfo.read(r, offset + check(i) * SwapInfo.SIZE); }

    /** window of item i (WINDOW), without a record. */
    public int window(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * SwapInfo.SIZE + 0);
    }

    /** swapAction of item i (CARD8), without a record. */
    public int swapAction(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SwapInfo.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
