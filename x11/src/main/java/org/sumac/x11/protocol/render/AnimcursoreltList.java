// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;

/** A list of ANIMCURSORELT in a request: a view over the client's buffer, valid while the request is handled. */
public final class AnimcursoreltList {
    private final RequestReader r;
    private final int offset, size;

    public AnimcursoreltList(RequestReader r, int offset, int size) {
        r.needAt(offset, (long) size * Animcursorelt.SIZE);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    /** Reads a list into records (for lists inside structs and replies). */
    public static java.util.List<Animcursorelt> copy(RequestReader r, int offset, int size) {
        AnimcursoreltList v = new AnimcursoreltList(r, offset, size);
        java.util.List<Animcursorelt> l = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) l.add(v.get(i));
        return l;
    }

    public int size() { return size; }

    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }

    public Animcursorelt get(int i) { return Animcursorelt.read(r, offset + check(i) * Animcursorelt.SIZE); }

    /** cursor of item i (CURSOR), without a record. */
    public int cursor(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Animcursorelt.SIZE + 0);
    }

    /** delay of item i (CARD32), without a record. */
    public int delay(int i) {
        RequestReader in_ = r;
        return in_.int32At(offset + check(i) * Animcursorelt.SIZE + 4);
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
