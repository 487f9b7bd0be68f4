// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;

/** A list of ValuatorClass in a request: a view over the client's buffer, valid while the request is handled. */
public final class ValuatorClassList {
    private final RequestReader r;
    private final int offset, size;

    public ValuatorClassList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * ValuatorClass.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<ValuatorClass> copy(RequestReader r, int offset, int size) {
        ValuatorClassList v = new ValuatorClassList(r, offset, size);
        java.util.List<ValuatorClass> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public ValuatorClass get(int i) { return ValuatorClass.read(r, offset + check(i) * ValuatorClass.SIZE); }

    /** type of item i (CARD16), without a record. */
    public int type(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ValuatorClass.SIZE + 0);
    }

    /** len of item i (CARD16), without a record. */
    public int len(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ValuatorClass.SIZE + 2);
    }

    /** sourceid of item i (DeviceId), without a record. */
    public int sourceid(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ValuatorClass.SIZE + 4);
    }

    /** number of item i (CARD16), without a record. */
    public int number(int i) {
        RequestReader in_ = r;
        return in_.card16At(offset + check(i) * ValuatorClass.SIZE + 6);
    }

    /** label of item i (ATOM), without a record. */
    public int label(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ValuatorClass.SIZE + 8);
    }

    /** resolution of item i (CARD32), without a record. */
    public int resolution(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * ValuatorClass.SIZE + 36);
    }

    /** mode of item i (CARD8), without a record. */
    public int mode(int i) {
        RequestReader in_ = r;
        return in_.card8At(offset + check(i) * ValuatorClass.SIZE + 40);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
