package org.sumac.spice.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LZ palette images decode (by spice-common's rules, written down below) to exactly the pixels given. */
class LzPaletteEncoderTest {

    @ParameterizedTest(name = "{0} colours in {1}x{2} go as LZ type {3}")
    @CsvSource({"1, 9, 5, 2", "2, 37, 19, 2", "3, 37, 19, 4", "16, 41, 23, 4", "17, 41, 23, 5", "200, 131, 67, 5",
            "256, 131, 67, 5", "256, 256, 256, 5"})
    void fewColourRectanglesDecodeToTheSamePixels(int colours, int width, int height, int lzType) {
        Random random = new Random(colours * 31L + width);
        int[] palette = new int[colours];
        for (int i = 0; i < colours; i++) palette[i] = 0xFF000000 | random.nextInt(0x1000000);
        // Distinct colours, and every one of them used at least once.
        for (int i = 1; i < colours; i++) palette[i] = 0xFF000000 | ((palette[i - 1] & 0xFFFFFF) + 1 + random.nextInt(50)) & 0xFFFFFF;
        int stride = width + 3;
        int offset = 5;
        int[] pixels = new int[offset + stride * height];
        int[] expected = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int n = y * width + x;
                // Runs and rows that repeat the one above, as text does, between random pixels.
                int p = n < colours ? palette[n] : random.nextInt(4) == 0 ? palette[random.nextInt(colours)]
                        : y > 0 && random.nextBoolean() ? expected[n - width] | 0xFF000000 : palette[(x / 7) % colours];
                pixels[offset + y * stride + x] = p;
                expected[n] = p & 0xFFFFFF;
            }
        }
        EncodedImage image = new LzPaletteEncoder().encode(pixels, offset, stride, width, height);
        assertNotNull(image);
        assertEquals(LzPaletteEncoder.IMAGE_TYPE, image.imageType());
        assertEquals(LzPaletteEncoder.POINTER_AT, image.relativePointerAt());
        Decoded d = decode(image.data());
        assertEquals(lzType, d.lzType);
        assertEquals(width, d.width);
        assertEquals(height, d.height);
        assertArrayEquals(expected, d.pixels);
    }

    @Test
    void rectanglesWithMoreColoursThanTheirSizeAllowsAreLeftToLzRgb() {
        // 64 pixels may carry a palette of 2 entries only (4 bytes a colour against at most 1/8 byte a pixel).
        int[] three = new int[64];
        for (int i = 0; i < 64; i++) three[i] = i % 3 * 0x404040;
        assertNull(new LzPaletteEncoder().encode(three, 0, 8, 8, 8));
        int[] many = new int[200 * 200];
        for (int i = 0; i < many.length; i++) many[i] = i % 257 * 0x000101;
        assertNull(new LzPaletteEncoder().encode(many, 0, 200, 200, 200), "257 colours");
        assertEquals(2, LzPaletteEncoder.maxColours(64));
        assertEquals(256, LzPaletteEncoder.maxColours(256 * 256));
    }

    @Test
    void antialiasedTextOfAFewGreysIsAQuarterSmallerThanAsLzRgb() {
        // Glyph-like strokes with 16 grey levels at their edges on a white ground.
        int w = 256, h = 64;
        int[] px = new int[w * h];
        Random random = new Random(3);
        for (int i = 0; i < px.length; i++) px[i] = 0xFFFFFF;
        for (int glyph = 0; glyph < 40; glyph++) {
            int gx = 2 + glyph * 6, gy = 4 + random.nextInt(40);
            for (int y = 0; y < 14; y++) {
                for (int x = 0; x < 5; x++) {
                    if (random.nextInt(3) == 0) px[(gy + y) * w + gx + x] = 0x111111 * random.nextInt(16);
                }
            }
        }
        EncodedImage palette = new LzPaletteEncoder().encode(px, 0, w, w, h);
        EncodedImage rgb = new LzImageEncoder().encode(px, 0, w, w, h);
        assertNotNull(palette);
        assertTrue(palette.data().length * 4 < rgb.data().length * 3,
                "palette " + palette.data().length + " bytes, LZ_RGB " + rgb.data().length);
    }

    private record Decoded(int lzType, int width, int height, int[] pixels) {}

    /**
     * The LZ_PLT data after the image descriptor: flags, data_size, palette pointer (relative to the data here),
     * the LZ stream in byte units (a literal is one byte, a match of written length L copies L + 2 bytes), then
     * the palette; rows packed most significant bits first, padded to whole bytes.
     */
    private static Decoded decode(byte[] data) {
        int[] at = {0};
        java.util.function.IntSupplier u8 = () -> data[at[0]++] & 0xFF;
        java.util.function.IntSupplier be32 = () -> u8.getAsInt() << 24 | u8.getAsInt() << 16 | u8.getAsInt() << 8
                | u8.getAsInt();
        java.util.function.IntSupplier le32 = () -> u8.getAsInt() | u8.getAsInt() << 8 | u8.getAsInt() << 16
                | u8.getAsInt() << 24;
        assertEquals(LzPaletteEncoder.FLAG_TOP_DOWN, u8.getAsInt());
        int lzSize = le32.getAsInt();
        int paletteAt = le32.getAsInt();
        int lzStart = at[0];
        assertEquals(LzImageEncoder.LZ_MAGIC, be32.getAsInt());
        assertEquals(LzImageEncoder.LZ_VERSION, be32.getAsInt());
        int type = be32.getAsInt();
        int width = be32.getAsInt();
        int height = be32.getAsInt();
        int stride = be32.getAsInt();
        assertEquals(1, be32.getAsInt(), "top down");
        int bits = switch (type) {
            case LzPaletteEncoder.LZ_TYPE_PLT1_BE -> 1;
            case LzPaletteEncoder.LZ_TYPE_PLT4_BE -> 4;
            case LzPaletteEncoder.LZ_TYPE_PLT8 -> 8;
            default -> throw new AssertionError("LZ type " + type);
        };
        assertEquals((width * bits + 7) / 8, stride);
        byte[] packed = new byte[stride * height];
        int op = 0;
        while (op < packed.length) {
            int ctrl = u8.getAsInt();
            if (ctrl < 32) {
                for (int k = 0; k <= ctrl; k++) packed[op++] = (byte) u8.getAsInt();
            } else {
                int length = ctrl >>> 5;
                if (length == 7) {
                    int code;
                    do {
                        code = u8.getAsInt();
                        length += code;
                    } while (code == 255);
                }
                int v = (ctrl & 31) << 8 | u8.getAsInt();
                if (v == 8191) v += u8.getAsInt() << 8 | u8.getAsInt();
                int ref = op - (v + 1);
                assertTrue(ref >= 0, "reference before the start");
                for (int k = 0; k < length + 2; k++) packed[op++] = packed[ref++];
            }
        }
        assertEquals(packed.length, op, "the stream ends at the last byte");
        assertEquals(lzStart + lzSize, at[0], "data_size");
        assertEquals(paletteAt, at[0], "the palette follows the LZ stream");
        assertEquals(0, le32.getAsInt());
        assertEquals(0, le32.getAsInt());
        int entries = u8.getAsInt() | u8.getAsInt() << 8;
        int[] palette = new int[entries];
        for (int i = 0; i < entries; i++) palette[i] = le32.getAsInt();
        assertEquals(data.length, at[0], "nothing after the palette");
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int b = packed[y * stride + x * bits / 8] & 0xFF;
                int index = switch (bits) {
                    case 1 -> b >>> (7 - (x & 7)) & 1;
                    case 4 -> (x & 1) == 0 ? b >>> 4 : b & 15;
                    default -> b;
                };
                assertTrue(index < entries, "index within the palette");
                pixels[y * width + x] = palette[index];
            }
        }
        return new Decoded(type, width, height, pixels);
    }
}
