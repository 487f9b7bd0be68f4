package org.sumac.x11.protocol;

/** A list of 4-byte items in a request, read in the client's byte order: a view, valid while the request is handled. */
public final class Card32List {
    private final RequestReader r;
    private final int offset, size;

    public Card32List(RequestReader r, int offset, int size) {
        r.needAt(offset, 4L * size);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    public int size() { return size; }
    public int offset() { return offset; }
    /** Item i as Java's int (CARD32 above 2^31 is negative: Integer.toUnsignedLong). */
    public int get(int i) { return r.int32At(offset + 4 * check(i)); }

    public int[] toArray() {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) a[i] = r.int32At(offset + 4 * i);
        return a;
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
