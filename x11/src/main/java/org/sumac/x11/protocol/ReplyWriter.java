package org.sumac.x11.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that writes X protocol fields in one client's byte order. */
public final class ReplyWriter {
    private byte[] b;
    private int pos;
    private final boolean msb;

    public ReplyWriter(boolean msbFirst, int capacity) {
        this.msb = msbFirst;
        this.b = new byte[Math.max(32, capacity)];
    }

    public boolean msbFirst() { return msb; }
    public int size() { return pos; }
    public byte[] array() { return b; }
    public void reset() { pos = 0; }

    private void ensure(int n) {
        if (pos + n > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, pos + n));
    }

    public ReplyWriter u8(int v) { ensure(1); b[pos++] = (byte) v; return this; }
    public ReplyWriter bool(boolean v) { return u8(v ? 1 : 0); }

    public ReplyWriter u16(int v) {
        ensure(2);
        if (msb) { b[pos] = (byte) (v >> 8); b[pos + 1] = (byte) v; }
        else { b[pos] = (byte) v; b[pos + 1] = (byte) (v >> 8); }
        pos += 2;
        return this;
    }

    public ReplyWriter i32(int v) {
        ensure(4);
        if (msb) { b[pos] = (byte) (v >> 24); b[pos + 1] = (byte) (v >> 16); b[pos + 2] = (byte) (v >> 8); b[pos + 3] = (byte) v; }
        else { b[pos] = (byte) v; b[pos + 1] = (byte) (v >> 8); b[pos + 2] = (byte) (v >> 16); b[pos + 3] = (byte) (v >> 24); }
        pos += 4;
        return this;
    }

    public ReplyWriter i64(long v) {
        return msb ? i32((int) (v >>> 32)).i32((int) v) : i32((int) v).i32((int) (v >>> 32));
    }

    public ReplyWriter zeros(int n) { ensure(n); Arrays.fill(b, pos, pos + n, (byte) 0); pos += n; return this; }
    public ReplyWriter pad() { return zeros((4 - (pos & 3)) & 3); }

    public ReplyWriter bytes(byte[] v) { return bytes(v, 0, v.length); }

    public ReplyWriter bytes(byte[] v, int off, int len) {
        ensure(len);
        System.arraycopy(v, off, b, pos, len);
        pos += len;
        return this;
    }

    public ReplyWriter string8(String s) { return bytes(s.getBytes(StandardCharsets.ISO_8859_1)); }

    /** Overwrites a 32-bit field at an absolute position (used to patch reply lengths). */
    public void putI32(int at, int v) {
        int save = pos;
        pos = at;
        i32(v);
        pos = save;
    }

    public void putU16(int at, int v) {
        int save = pos;
        pos = at;
        u16(v);
        pos = save;
    }

    public void putU8(int at, int v) { b[at] = (byte) v; }

    /** Makes room for n bytes and returns their offset, for bulk writers (image data). */
    public int reserve(int n) {
        ensure(n);
        int at = pos;
        pos += n;
        return at;
    }
}
