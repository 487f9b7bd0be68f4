// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of TRANSFORM in a request: a view over the client's buffer, valid while the request is handled. */
public final class TransformList {
    private final RequestReader r;
    private final int offset, size;

    public TransformList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Transform.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Transform> copy(RequestReader r, int offset, int size) {
        TransformList v = new TransformList(r, offset, size);
        java.util.List<Transform> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Transform get(int i) { return Transform.read(r, offset + check(i) * Transform.SIZE); }

    /** matrix11 of item i (FIXED), without a record. */
    public int matrix11(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 0);
    }

    /** matrix12 of item i (FIXED), without a record. */
    public int matrix12(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 4);
    }

    /** matrix13 of item i (FIXED), without a record. */
    public int matrix13(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 8);
    }

    /** matrix21 of item i (FIXED), without a record. */
    public int matrix21(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 12);
    }

    /** matrix22 of item i (FIXED), without a record. */
    public int matrix22(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 16);
    }

    /** matrix23 of item i (FIXED), without a record. */
    public int matrix23(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 20);
    }

    /** matrix31 of item i (FIXED), without a record. */
    public int matrix31(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 24);
    }

    /** matrix32 of item i (FIXED), without a record. */
    public int matrix32(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 28);
    }

    /** matrix33 of item i (FIXED), without a record. */
    public int matrix33(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Transform.SIZE + 32);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
