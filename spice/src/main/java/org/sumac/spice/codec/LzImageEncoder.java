package org.sumac.spice.codec;

import java.util.Arrays;

/**
 * SPICE LZ encoder, image type LZ_RGB (101) with LZ image type RGB32: the lossless codec that both
 * spice-html5 ({@code lz.js}) and spice-gtk (spice-common {@code lz.c}) decode.
 *
 * <p>Wire layout of {@link EncodedImage#data()} (everything after the SpiceImageDescriptor):
 *
 * <pre>
 *   u32 LE  data_size     number of bytes that follow (28-byte LZ header + body)
 *   LZ header, 7 × u32 BIG-endian:
 *     magic     0x20205A4C  (bytes 20 20 5A 4C)
 *     version   0x00010001
 *     type      8           (LZ_IMAGE_TYPE_RGB32)
 *     width, height         (equal to the descriptor's)
 *     stride    4·width     (spice-common insists on exactly this for RGB types)
 *     top_down  1
 *   body: a sequence of tokens that produces exactly width·height pixels, and nothing after them
 *     ctrl &lt; 32   literal run: ctrl+1 pixels follow, 3 bytes each: B, G, R
 *     ctrl ≥ 32   match: L = ctrl &gt;&gt; 5; if L = 7, extension bytes follow (each 255 continues,
 *                 the first byte &lt; 255 ends) and the length is 7 + their sum, else the length is
 *                 L; then one byte lo, v = (ctrl &amp; 31) &lt;&lt; 8 | lo; if v = 8191 two more
 *                 bytes follow and v = 8191 + their big-endian value. The match copies
 *                 length pixels starting v + 1 pixels back (overlap allowed: v = 0 is a run).
 * </pre>
 *
 * The caller adds nothing: it writes the descriptor (type 101, width, height) and then
 * {@code data}. For spice-html5 the image must be the last thing in its message.
 *
 * <p>The compressor is this project's own LZ77 on pixels: at each position it takes the longest
 * of a run of the previous pixel, a hash-table candidate (3-pixel hash, window up to 73 724 pixels)
 * and the pixel one row above — the last is what makes screen content (text lines, window
 * borders) compress well. Returns {@code null} for invalid arguments and when the result is
 * larger than the raw pixels (4·width·height). Thread-safe: all state is per call.
 */
public final class LzImageEncoder implements ImageEncoder {

    public static final int IMAGE_TYPE = 101;
    static final int LZ_MAGIC = 0x20205A4C;
    static final int LZ_VERSION = 0x00010001;
    static final int LZ_TYPE_RGB32 = 8;
    static final int HEADER_BYTES = 28;
    /** Longest literal run a control byte can announce. */
    static final int MAX_LITERALS = 32;
    /** Largest distance (pixels back) with the 2-byte near form: v = distance - 1 ≤ 8190. */
    static final int MAX_NEAR_DISTANCE = 8191;
    /** Largest distance we use with the 4-byte far form (the C encoder stays below 73 725). */
    static final int MAX_FAR_DISTANCE = 73724;
    static final long MAX_IMAGE_BYTES = (1L << 30) - 1;

    private static final int HASH_LOG = 15;

    /**
     * What the LZ body counts in. RGB types count pixels (a literal is 3 bytes B, G, R; a match of length L
     * is written as L); palette types count bytes (a literal is one byte; lengths are written minus 2, so the
     * shortest match is 3).
     */
    enum Symbols {
        RGB32(3, 0, 2, 3),
        BYTES(1, 2, 3, 5);

        final int literalBytes;
        final int lengthBias;
        final int minNearMatch;
        final int minFarMatch;

        Symbols(int literalBytes, int lengthBias, int minNearMatch, int minFarMatch) {
            this.literalBytes = literalBytes;
            this.lengthBias = lengthBias;
            this.minNearMatch = minNearMatch;
            this.minFarMatch = minFarMatch;
        }
    }

    @Override
    public int imageType() {
        return IMAGE_TYPE;
    }

    @Override
    public EncodedImage encode(int[] pixels, int offset, int stride, int width, int height) {
        byte[] data = encodeData(pixels, offset, stride, width, height);
        if (data == null || data.length > (long) width * height * 4) {
            return null;
        }
        return new EncodedImage(IMAGE_TYPE, data);
    }

    /** The data bytes whatever their size; {@code null} only for invalid arguments. */
    byte[] encodeData(int[] pixels, int offset, int stride, int width, int height) {
        if (!PixelArgs.valid(pixels, offset, stride, width, height, MAX_IMAGE_BYTES)) {
            return null;
        }
        int count = width * height;
        int[] px = new int[count];
        for (int y = 0; y < height; y++) {
            int src = offset + y * stride;
            int dst = y * width;
            for (int x = 0; x < width; x++) {
                px[dst + x] = pixels[src + x] & 0x00FF_FFFF;
            }
        }
        Output out = new Output(Math.max(256, Math.min(count * 3 + 64, 1 << 16)));
        out.u32le(0); // data_size, patched below
        writeHeader(out, LZ_TYPE_RGB32, width, height, width * 4);
        compress(px, width, Symbols.RGB32, out);
        out.patchU32le(0, out.size - 4);
        return out.toByteArray();
    }

    /** The 28-byte LZ header (big-endian words), top-down. */
    static void writeHeader(Output out, int lzType, int width, int height, int strideBytes) {
        out.u32be(LZ_MAGIC);
        out.u32be(LZ_VERSION);
        out.u32be(lzType);
        out.u32be(width);
        out.u32be(height);
        out.u32be(strideBytes);
        out.u32be(1); // top_down
    }

    /**
     * LZ-compresses {@code px} (pixels, or byte values 0-255 for {@link Symbols#BYTES}) whose rows are
     * {@code rowLength} symbols long.
     */
    static void compress(int[] px, int rowLength, Symbols symbols, Output out) {
        int width = rowLength;
        int minNear = symbols.minNearMatch, minFar = symbols.minFarMatch;
        int count = px.length;
        int[] table = new int[1 << HASH_LOG];
        Arrays.fill(table, -1);
        int literalStart = 0;
        int lastMatchEnd = 0;
        int i = 0;
        while (i < count) {
            int bestLength = 0;
            int bestDistance = 0;
            if (i > 0) {
                // Run of the previous pixel (distance 1).
                int previous = px[i - 1];
                int n = 0;
                while (i + n < count && px[i + n] == previous) {
                    n++;
                }
                if (n >= minNear) {
                    bestLength = n;
                    bestDistance = 1;
                }
            }
            // A candidate can only beat the best so far if it also matches at offset bestLength:
            // checking that pixel first skips most scans that could not win.
            if (i >= width && width > 1 && width <= MAX_FAR_DISTANCE && bestLength < count - i
                    && px[i + bestLength] == px[i + bestLength - width]) {
                int n = matchLength(px, i - width, i, count);
                if (n >= (width <= MAX_NEAR_DISTANCE ? minNear : minFar) && n > bestLength) {
                    bestLength = n;
                    bestDistance = width;
                }
            }
            // Incompressible stretches (photos, noise): probe the hash table less and less often, as
            // LZ4 does; the cheap run and row-above checks still run at every pixel.
            int sinceMatch = i - lastMatchEnd;
            boolean probe = sinceMatch < 64 || (i & (sinceMatch < 512 ? 1 : 3)) == 0;
            if (probe && i + 2 < count) {
                int h = hash(px[i], px[i + 1], px[i + 2]);
                int candidate = table[h];
                table[h] = i;
                if (candidate >= 0 && bestLength < count - i && px[candidate + bestLength] == px[i + bestLength]) {
                    int distance = i - candidate;
                    if (distance <= MAX_FAR_DISTANCE && distance != bestDistance) {
                        int n = matchLength(px, candidate, i, count);
                        if (n >= (distance <= MAX_NEAR_DISTANCE ? minNear : minFar) && n > bestLength) {
                            bestLength = n;
                            bestDistance = distance;
                        }
                    }
                }
            }
            if (bestLength == 0) {
                i++;
                if (i - literalStart == MAX_LITERALS) {
                    writeLiterals(px, literalStart, i, symbols, out);
                    literalStart = i;
                }
                continue;
            }
            if (literalStart < i) {
                writeLiterals(px, literalStart, i, symbols, out);
            }
            writeMatch(bestLength - symbols.lengthBias, bestDistance, out);
            int end = i + bestLength;
            // Index the last positions of the match so the next search sees the freshest data.
            for (int p = Math.max(i + 1, end - 2); p < end && p + 2 < count; p++) {
                table[hash(px[p], px[p + 1], px[p + 2])] = p;
            }
            i = end;
            literalStart = i;
            lastMatchEnd = i;
        }
        if (literalStart < count) {
            writeLiterals(px, literalStart, count, symbols, out);
        }
    }

    private static int matchLength(int[] px, int ref, int at, int count) {
        int n = 0;
        while (at + n < count && px[ref + n] == px[at + n]) {
            n++;
        }
        return n;
    }

    private static int hash(int p0, int p1, int p2) {
        int h = p0 * 0x9E3779B1 ^ Integer.rotateLeft(p1 * 0x85EBCA6B, 11) ^ Integer.rotateLeft(p2 * 0xC2B2AE35, 21);
        return (h ^ h >>> 15) * 0x2C1B3C6D >>> (32 - HASH_LOG);
    }

    private static void writeLiterals(int[] px, int from, int to, Symbols symbols, Output out) {
        int n = to - from;
        out.ensure(1 + 3 * n);
        byte[] buf = out.buf;
        int pos = out.size;
        buf[pos++] = (byte) (n - 1);
        if (symbols == Symbols.BYTES) {
            for (int k = from; k < to; k++) buf[pos++] = (byte) px[k];
            out.size = pos;
            return;
        }
        for (int k = from; k < to; k++) {
            int p = px[k];
            buf[pos++] = (byte) p; // B
            buf[pos++] = (byte) (p >>> 8); // G
            buf[pos++] = (byte) (p >>> 16); // R
        }
        out.size = pos;
    }

    /** {@code length} is the match length minus the symbols' bias: what the control byte's L counts. */
    private static void writeMatch(int length, int distance, Output out) {
        int v = distance - 1;
        out.ensure(8 + length / 255);
        boolean far = v >= MAX_NEAR_DISTANCE;
        int high = far ? 31 : v >>> 8;
        if (length < 7) {
            out.put(length << 5 | high);
        } else {
            out.put(7 << 5 | high);
            int rest = length - 7;
            for (; rest >= 255; rest -= 255) {
                out.put(255);
            }
            out.put(rest);
        }
        if (far) {
            int extra = v - MAX_NEAR_DISTANCE;
            out.put(255);
            out.put(extra >>> 8);
            out.put(extra);
        } else {
            out.put(v);
        }
    }

    /** A growable byte buffer; the codec writes into {@code buf} directly after {@link #ensure}. */
    static final class Output {
        byte[] buf;
        int size;

        Output(int initial) {
            buf = new byte[initial];
        }

        void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(size + more, buf.length * 2));
            }
        }

        void put(int b) {
            buf[size++] = (byte) b;
        }

        void u32be(int v) {
            ensure(4);
            put(v >>> 24);
            put(v >>> 16);
            put(v >>> 8);
            put(v);
        }

        /** Overwrites the 4 bytes at {@code at} (written earlier as a placeholder), little-endian. */
        void patchU32le(int at, int v) {
            buf[at] = (byte) v;
            buf[at + 1] = (byte) (v >>> 8);
            buf[at + 2] = (byte) (v >>> 16);
            buf[at + 3] = (byte) (v >>> 24);
        }

        void u32le(int v) {
            ensure(4);
            put(v);
            put(v >>> 8);
            put(v >>> 16);
            put(v >>> 24);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
