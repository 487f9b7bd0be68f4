package org.sumac.x11.protocol;

import java.nio.charset.StandardCharsets;

/**
 * A list of 1-byte items (CARD8, INT8, BYTE, BOOL, char, void) in a request: a view over the
 * client's input buffer, valid while the request is being handled (the buffer is reused after).
 */
public final class ByteList {
    private final RequestReader r;
    private final int offset, size;

    public ByteList(RequestReader r, int offset, int size) {
        r.needAt(offset, size);
        this.r = r;
        this.offset = offset;
        this.size = size;
    }

    public int size() { return size; }
    /** Offset of the first item from the request's start. */
    public int offset() { return offset; }
    public int get(int i) { return r.card8At(offset + check(i)); }
    public int getSigned(int i) { return r.int8At(offset + check(i)); }

    /** The backing array and the absolute index of item 0 in it, for bulk copies (image data). */
    public byte[] array() { return r.array(); }
    public int arrayOffset() { return r.arrayIndex(offset); }

    public byte[] copy() { return r.copy(offset, offset + size); }
    /** The items as Latin-1 text (atom, font and extension names). */
    public String string() { return new String(r.array(), r.arrayIndex(offset), size, StandardCharsets.ISO_8859_1); }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return i;
    }
}
