package org.sumac.x11.protocol;

/**
 * Reads the fields of one request in the client's byte order. Out-of-range reads throw
 * {@link BadLengthException}, so a handler can never read past what the client sent.
 */
public final class RequestReader {
    private final byte[] b;
    /** Where the request starts in {@link #b}; positions handlers see are relative to it. */
    private final int base;
    private final int end;
    private final boolean msb;
    private int pos;

    public RequestReader(byte[] b, int length, boolean msbFirst) {
        this(b, 0, length, msbFirst);
    }

    public RequestReader(byte[] b, int offset, int length, boolean msbFirst) {
        this.b = b;
        this.base = offset;
        this.end = offset + length;
        this.msb = msbFirst;
        this.pos = offset;
    }

    public boolean msbFirst() { return msb; }
    /** The request's byte at an offset from its start (byte 0 is the major opcode). */
    public int byteAt(int offset) { return b[base + offset]; }
    public int length() { return end - base; }
    public int position() { return pos - base; }
    public int remaining() { return end - pos; }

    /** The raw bytes of the request from an offset (for data copied through unchanged). */
    public byte[] copy(int from, int to) { return java.util.Arrays.copyOfRange(b, base + from, base + to); }

    /** Backing array and absolute offset of the current position, for bulk image reads. */
    public byte[] array() { return b; }
    public int arrayOffset() { return pos; }

    public RequestReader seek(int p) { pos = base + p; return this; }
    public RequestReader skip(int n) { need(n); pos += n; return this; }

    public void need(int n) {
        if (n < 0 || pos + n > end) throw new BadLengthException();
    }

    public int u8() { need(1); return b[pos++] & 0xff; }
    public int s8() { need(1); return b[pos++]; }

    public int u16() {
        need(2);
        int v = msb ? ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff) : (b[pos] & 0xff) | ((b[pos + 1] & 0xff) << 8);
        pos += 2;
        return v;
    }

    public int s16() { return (short) u16(); }

    public int i32() {
        need(4);
        int v = msb
            ? ((b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff)
            : (b[pos] & 0xff) | ((b[pos + 1] & 0xff) << 8) | ((b[pos + 2] & 0xff) << 16) | ((b[pos + 3] & 0xff) << 24);
        pos += 4;
        return v;
    }

    public long u32() { return i32() & 0xffffffffL; }

    // ---- absolute reads for the generated parsers (org.sumac.x11.protocol.*): offsets from the request's
    // start, bounds-checked like the sequential reads, position unchanged.

    private int at(int offset, int n) {
        if (offset < 0 || n > end - base - offset) throw new BadLengthException();
        return base + offset;
    }

    public int card8At(int offset) { return b[at(offset, 1)] & 0xff; }
    public int int8At(int offset) { return b[at(offset, 1)]; }

    public int card16At(int offset) {
        int p = at(offset, 2);
        return msb ? ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff) : (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
    }

    public int int16At(int offset) { return (short) card16At(offset); }

    /** A 32-bit field as Java's int (CARD32 values above 2^31 come out negative: use Integer.toUnsignedLong). */
    public int int32At(int offset) {
        int p = at(offset, 4);
        return msb
            ? ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff)
            : (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | ((b[p + 2] & 0xff) << 16) | ((b[p + 3] & 0xff) << 24);
    }

    public long int64At(int offset) {
        long first = int32At(offset) & 0xffffffffL, second = int32At(offset + 4) & 0xffffffffL;
        return msb ? first << 32 | second : second << 32 | first;
    }

    /** Checks that n bytes from an offset lie inside the request (for views over lists). */
    public void needAt(int offset, long n) {
        if (offset < 0 || n < 0 || n > end - base - offset) throw new BadLengthException();
    }

    /** Absolute index into {@link #array()} of an offset from the request's start. */
    public int arrayIndex(int offset) { return base + offset; }

    public byte[] bytes(int n) {
        need(n);
        byte[] r = java.util.Arrays.copyOfRange(b, pos, pos + n);
        pos += n;
        return r;
    }

    public String string8(int n) {
        need(n);
        String s = new String(b, pos, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    public void pad(int n) { skip((4 - (n & 3)) & 3); }

    /** Thrown when a request is shorter than its fields need; the dispatcher answers BadLength. */
    public static final class BadLengthException extends RuntimeException {
        public BadLengthException() { super(null, null, false, false); }
    }
}
