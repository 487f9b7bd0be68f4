// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;

/** A list of SADeviceValuator in a request: a view over the client's buffer, valid while the request is handled. */
public final class SADeviceValuatorList {
    private final RequestReader r;
    private final int offset, size;

    public SADeviceValuatorList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * SADeviceValuator.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<SADeviceValuator> copy(RequestReader r, int offset, int size) {
        SADeviceValuatorList v = new SADeviceValuatorList(r, offset, size);
        java.util.List<SADeviceValuator> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public SADeviceValuator get(int i) { return SADeviceValuator.read(r, offset + check(i) * SADeviceValuator.SIZE); }

    /** type of item i (CARD8), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 0);
    }

    /** device of item i (CARD8), without a record. */
    public int device(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 1);
    }

    /** val1what of item i (CARD8), without a record. */
    public int val1what(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 2);
    }

    /** val1index of item i (CARD8), without a record. */
    public int val1index(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 3);
    }

    /** val1value of item i (CARD8), without a record. */
    public int val1value(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 4);
    }

    /** val2what of item i (CARD8), without a record. */
    public int val2what(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 5);
    }

    /** val2index of item i (CARD8), without a record. */
    public int val2index(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 6);
    }

    /** val2value of item i (CARD8), without a record. */
    public int val2value(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * SADeviceValuator.SIZE + 7);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
