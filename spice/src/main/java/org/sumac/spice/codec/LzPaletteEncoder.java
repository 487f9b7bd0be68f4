package org.sumac.spice.codec;

/**
 * SPICE LZ for rectangles of few colours, image type LZ_PLT (100): a palette and one index a pixel, at 1 bit
 * (LZ image type PLT1_BE, two colours), 4 bits (PLT4_BE, up to 16) or 8 bits (PLT8, up to 256). Text, terminals and
 * window chrome are two colours per area; antialiased text, gradients of a few steps and themed widgets are tens
 * to a couple of hundred: the same LZ then writes a literal pixel as one byte or less instead of three, so such
 * areas get two to three times smaller than as LZ_RGB. spice-gtk (spice-common's canvas) decodes it; spice-html5
 * does not, so only offer it to clients with the full canvas.
 *
 * <p>Wire layout of {@link EncodedImage#data()} (everything after the SpiceImageDescriptor):
 *
 * <pre>
 *   u8      flags         TOP_DOWN (4); no palette cache
 *   u32 LE  data_size     bytes of the LZ stream below
 *   u32 LE  palette       SPICE pointer to the palette: {@link EncodedImage#relativePointerAt()} is 5, and the
 *                         value stored there counts from the start of data; the message writer makes it absolute
 *   LZ stream: the 28-byte header of {@link LzImageEncoder} with type 2 (PLT1_BE), 4 (PLT4_BE) or 5 (PLT8), stride
 *              the bytes of a packed row, then the body in byte units: literal bytes, lengths written minus 2
 *              (shortest match 3 bytes)
 *   palette: u64 LE unique 0, u16 LE count n, n u32 LE entries (xRGB); index 0 is the rectangle's first pixel
 * </pre>
 *
 * Rows are packed most significant bits first (the leftmost pixel is bit 7, or the high nibble) and padded to whole
 * bytes. A palette costs 4 bytes a colour, so a rectangle may use more than two colours only while that stays
 * under 1/8 byte a pixel ({@link #maxColours}). Returns {@code null} when the rectangle has more colours than
 * that, for invalid arguments, or when the result would be larger than the raw pixels. Thread-safe.
 */
public final class LzPaletteEncoder implements ImageEncoder {
    public static final int IMAGE_TYPE = 100;
    static final int LZ_TYPE_PLT1_BE = 2;
    static final int LZ_TYPE_PLT4_BE = 4;
    static final int LZ_TYPE_PLT8 = 5;
    static final int FLAG_TOP_DOWN = 4;
    static final int POINTER_AT = 5;
    /** Colour table slots (a power of two, at least twice the largest palette). */
    private static final int SLOTS = 1024;

    @Override
    public int imageType() {
        return IMAGE_TYPE;
    }

    /** The most colours a rectangle of this many pixels may have and still go as a palette image. */
    static int maxColours(long pixels) {
        return (int) Math.max(2, Math.min(256, pixels / 32));
    }

    @Override
    public EncodedImage encode(int[] pixels, int offset, int stride, int width, int height) {
        if (!PixelArgs.valid(pixels, offset, stride, width, height, LzImageEncoder.MAX_IMAGE_BYTES)) {
            return null;
        }
        int limit = maxColours((long) width * height);
        int[] palette = new int[limit];
        int colours = 0;
        // Open addressing on the colour; a slot holds colour | 1 << 24 (0 = empty) and its index beside it.
        int[] keys = new int[SLOTS];
        int[] values = new int[SLOTS];
        int[] index = new int[width * height];
        int last = -1;
        int lastIndex = 0;
        for (int y = 0; y < height; y++) {
            int src = offset + y * stride;
            int dst = y * width;
            for (int x = 0; x < width; x++) {
                int p = pixels[src + x] & 0xFFFFFF;
                if (p != last) {
                    int key = p | 1 << 24;
                    int slot = (p * 0x9E3779B1) >>> 22; // top 10 bits: SLOTS = 1024
                    while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (SLOTS - 1);
                    if (keys[slot] == 0) {
                        if (colours == limit) return null;
                        keys[slot] = key;
                        values[slot] = colours;
                        palette[colours++] = p;
                    }
                    last = p;
                    lastIndex = values[slot];
                }
                index[dst + x] = lastIndex;
            }
        }
        int bits = colours <= 2 ? 1 : colours <= 16 ? 4 : 8;
        int lzType = bits == 1 ? LZ_TYPE_PLT1_BE : bits == 4 ? LZ_TYPE_PLT4_BE : LZ_TYPE_PLT8;
        int rowBytes = (int) (((long) width * bits + 7) / 8);
        int[] packed = new int[rowBytes * height];
        for (int y = 0; y < height; y++) {
            int src = y * width;
            int dst = y * rowBytes;
            switch (bits) {
                case 1 -> {
                    for (int x = 0; x < width; x++) {
                        if (index[src + x] != 0) packed[dst + (x >>> 3)] |= 0x80 >>> (x & 7);
                    }
                }
                case 4 -> {
                    for (int x = 0; x < width; x++) packed[dst + (x >>> 1)] |= index[src + x] << ((x & 1) == 0 ? 4 : 0);
                }
                default -> System.arraycopy(index, src, packed, dst, width);
            }
        }
        int entries = Math.max(2, colours); // PLT1 with one colour still names both of its indices
        LzImageEncoder.Output out = new LzImageEncoder.Output(Math.max(256, Math.min(packed.length + 96, 1 << 16)));
        out.put(FLAG_TOP_DOWN);
        out.u32le(0); // data_size, patched below
        out.u32le(0); // palette pointer, patched below
        int lzStart = out.size;
        LzImageEncoder.writeHeader(out, lzType, width, height, rowBytes);
        LzImageEncoder.compress(packed, rowBytes, LzImageEncoder.Symbols.BYTES, out);
        int lzBytes = out.size - lzStart;
        int paletteAt = out.size;
        out.u32le(0); // unique (low, high): not cached
        out.u32le(0);
        out.ensure(2);
        out.put(entries & 0xFF);
        out.put(entries >>> 8);
        for (int i = 0; i < entries; i++) out.u32le(i < colours ? palette[i] : palette[0]);
        if (out.size > (long) width * height * 4) return null;
        out.patchU32le(1, lzBytes);
        out.patchU32le(POINTER_AT, paletteAt);
        return new EncodedImage(IMAGE_TYPE, out.toByteArray(), POINTER_AT);
    }
}
