package org.sumac.spice.codec;

/**
 * SPICE LZ for two-colour rectangles, image type LZ_PLT (100) with LZ image type PLT1_BE: one bit per pixel and a
 * two-entry palette. Text, terminals and most window chrome are two colours per area, and at one bit a pixel the
 * same LZ gets about twice as small as LZ_RGB. spice-gtk (spice-common's canvas) decodes it; spice-html5 does not,
 * so only offer it to clients with the full canvas.
 *
 * <p>Wire layout of {@link EncodedImage#data()} (everything after the SpiceImageDescriptor):
 *
 * <pre>
 *   u8      flags         TOP_DOWN (4); no palette cache
 *   u32 LE  data_size     bytes of the LZ stream below
 *   u32 LE  palette       SPICE pointer to the palette: {@link EncodedImage#relativePointerAt()} is 5, and the
 *                         value stored there counts from the start of data; the message writer makes it absolute
 *   LZ stream: the 28-byte header of {@link LzImageEncoder} with type 2 (PLT1_BE), stride ceil(width / 8) bytes,
 *              then the body in byte units: literal bytes, lengths written minus 2 (shortest match 3 bytes)
 *   palette: u64 LE unique 0, u16 LE count 2, u32 LE entries: [0] for clear bits, [1] for set bits (xRGB)
 * </pre>
 *
 * Rows are packed most significant bit first (the leftmost pixel is bit 7) and padded to whole bytes. Returns
 * {@code null} when the rectangle has more than two colours or for invalid arguments. Thread-safe.
 */
public final class LzPaletteEncoder implements ImageEncoder {
    public static final int IMAGE_TYPE = 100;
    static final int LZ_TYPE_PLT1_BE = 2;
    static final int FLAG_TOP_DOWN = 4;
    static final int POINTER_AT = 5;

    @Override
    public int imageType() {
        return IMAGE_TYPE;
    }

    @Override
    public EncodedImage encode(int[] pixels, int offset, int stride, int width, int height) {
        if (!PixelArgs.valid(pixels, offset, stride, width, height, LzImageEncoder.MAX_IMAGE_BYTES)) {
            return null;
        }
        int first = pixels[offset] & 0xFFFFFF;
        int second = first;
        boolean two = false;
        int rowBytes = (width + 7) / 8;
        int[] bits = new int[rowBytes * height];
        for (int y = 0; y < height; y++) {
            int src = offset + y * stride;
            int dst = y * rowBytes;
            for (int x = 0; x < width; x++) {
                int p = pixels[src + x] & 0xFFFFFF;
                if (p == first) continue;
                if (!two) {
                    second = p;
                    two = true;
                } else if (p != second) {
                    return null;
                }
                bits[dst + (x >>> 3)] |= 0x80 >>> (x & 7);
            }
        }
        LzImageEncoder.Output out = new LzImageEncoder.Output(Math.max(256, Math.min(bits.length + 96, 1 << 16)));
        out.put(FLAG_TOP_DOWN);
        out.u32le(0); // data_size, patched below
        out.u32le(0); // palette pointer, patched below
        int lzStart = out.size;
        LzImageEncoder.writeHeader(out, LZ_TYPE_PLT1_BE, width, height, rowBytes);
        LzImageEncoder.compress(bits, rowBytes, LzImageEncoder.Symbols.BYTES, out);
        int lzBytes = out.size - lzStart;
        int paletteAt = out.size;
        out.u32le(0); // unique (low, high): not cached
        out.u32le(0);
        out.ensure(2);
        out.put(2);
        out.put(0);
        out.u32le(first);
        out.u32le(second);
        if (out.size > (long) width * height * 4) return null;
        out.patchU32le(1, lzBytes);
        out.patchU32le(POINTER_AT, paletteAt);
        return new EncodedImage(IMAGE_TYPE, out.toByteArray(), POINTER_AT);
    }
}
