package org.sumac.x11.protocol;

/**
 * A value list (CreateWindow, ChangeGC, ConfigureWindow...): one 4-byte word per bit set in the
 * mask, in bit order. A view over the request, valid while the request is handled; the generated
 * parser has already checked that the request holds exactly one word per mask bit.
 */
public final class ValueList {
    private final RequestReader r;
    private final int offset, mask;

    public ValueList(RequestReader r, int offset, int mask) {
        r.needAt(offset, 4L * Integer.bitCount(mask));
        this.r = r;
        this.offset = offset;
        this.mask = mask;
    }

    public int mask() { return mask; }
    public int size() { return Integer.bitCount(mask); }
    /** Whether the mask has this bit (a mask value such as 1 << 11, not a bit number). */
    public boolean has(int bit) { return (mask & bit) != 0; }

    /** The word for one mask bit (a mask value); IllegalArgumentException if the mask lacks it. */
    public int get(int bit) {
        if (Integer.bitCount(bit) != 1 || (mask & bit) == 0) throw new IllegalArgumentException("bit " + bit);
        return r.int32At(offset + 4 * Integer.bitCount(mask & (bit - 1)));
    }

    /** The i-th word in wire order (the word of the i-th lowest mask bit). */
    public int at(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
        return r.int32At(offset + 4 * i);
    }

    /** Offset of the first word from the request's start. */
    public int offset() { return offset; }
}
