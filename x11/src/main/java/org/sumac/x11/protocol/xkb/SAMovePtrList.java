// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SAMovePtr in a request: a view over the client's buffer, valid while the request is handled. */
public final class SAMovePtrList {
    private final RequestReader r;
    private final int offset, size;

    public SAMovePtrList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SAMovePtr.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SAMovePtr> copy(RequestReader r, int offset, int size) {
        SAMovePtrList v = new SAMovePtrList(r, offset, size);
        java.util.List<SAMovePtr> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SAMovePtr get(int i) { return SAMovePtr.read(r, offset + check(i) * SAMovePtr.SIZE); }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAMovePtr.SIZE + 0);
    }

    /** flags of item i (CARD8), without a record. */
    public int flags(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAMovePtr.SIZE + 1);
    }

    /** xHigh of item i (INT8), without a record. */
    public int xHigh(int i) {
        RequestReader in_ = r;
        return in_.int8At(offset + check(i) * SAMovePtr.SIZE + 2);
    }

    /** xLow of item i (CARD8), without a record. */
    public int xLow(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAMovePtr.SIZE + 3);
    }

    /** yHigh of item i (INT8), without a record. */
    public int yHigh(int i) {
        RequestReader in_ = r;
        return in_.int8At(offset + check(i) * SAMovePtr.SIZE + 4);
    }

    /** yLow of item i (CARD8), without a record. */
    public int yLow(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SAMovePtr.SIZE + 5);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
