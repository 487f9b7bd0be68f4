package org.sumac.x11.protocol;

/** A list of 2-byte items in a request, read in the client's byte order: a view, valid while the request is handled. */
public final class Card16List {
    private final RequestReader r;
    private final int offset, size;

    public Card16List(RequestReader r, int offset, int size) {
        r.needAt(offset, 2L * size);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    public int size() { return size; }
    public int offset() { return offset; }
    /** Item i as CARD16 (0..65535). */
    public int get(int i) { return r.card16At(offset + 2 * check(i)); }
    /** Item i as INT16. */
    public int getSigned(int i) { return r.int16At(offset + 2 * check(i)); }

    public int[] toArray() {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) a[i] = r.card16At(offset + 2 * i);
        return a;
    }

    public int[] toSignedArray() {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) a[i] = r.int16At(offset + 2 * i);
        return a;
    }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
