package org.sumac.spice.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import org.junit.jupiter.api.Test;

class Lz4ImageEncoderTest {

    private final Lz4ImageEncoder encoder = new Lz4ImageEncoder();

    /** Parsed data, checked the way spice-gtk's canvas_get_lz4 reads it. */
    record Decoded(int topDown, int format, List<Integer> blockSizes, byte[] pixels) {}

    static Decoded decode(byte[] data, int width, int height, int bytesPerPixel) {
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(data.length - 4, in.getInt(), "data_size covers the rest of data");
        int topDown = in.get() & 0xFF;
        int format = in.get() & 0xFF;
        in.order(ByteOrder.BIG_ENDIAN);
        LZ4SafeDecompressor lz4 = LZ4Factory.safeInstance().safeDecompressor();
        byte[] out = new byte[width * height * bytesPerPixel];
        int produced = 0;
        List<Integer> sizes = new ArrayList<>();
        do {
            int blockSize = in.getInt();
            assertTrue(blockSize > 0 && blockSize <= in.remaining(), "block fits in data");
            sizes.add(blockSize);
            int n = lz4.decompress(data, in.position(), blockSize, out, produced, out.length - produced);
            assertTrue(n > 0, "each block decodes to something (gtk rejects empty blocks)");
            produced += n;
            in.position(in.position() + blockSize);
        } while (in.hasRemaining());
        assertEquals(out.length, produced, "decoded exactly height rows of width·bytesPerPixel bytes");
        return new Decoded(topDown, format, sizes, out);
    }

    static byte[] expectedBytes(int[] pixels, int width, int height, int bytesPerPixel) {
        byte[] out = new byte[width * height * bytesPerPixel];
        for (int i = 0, o = 0; i < width * height; i++, o += bytesPerPixel) {
            int p = pixels[i];
            out[o] = (byte) p; // B
            out[o + 1] = (byte) (p >> 8); // G
            out[o + 2] = (byte) (p >> 16); // R; a 4th byte (pad) stays 0
        }
        return out;
    }

    private void roundTrip(int[] pixels, int width, int height) {
        byte[] data = encoder.encodeData(pixels, 0, width, width, height);
        assertNotNull(data);
        Decoded decoded = decode(data, width, height, 3);
        assertEquals(1, decoded.topDown());
        assertEquals(Lz4ImageEncoder.BITMAP_FMT_24BIT, decoded.format(), "24-bit by default");
        assertArrayEquals(expectedBytes(pixels, width, height, 3), decoded.pixels());

        Lz4ImageEncoder xrgb32 = new Lz4ImageEncoder(LZ4Factory.fastestJavaInstance().fastCompressor(),
                Lz4ImageEncoder.PixelFormat.XRGB32);
        Decoded decoded32 = decode(xrgb32.encodeData(pixels, 0, width, width, height), width, height, 4);
        assertEquals(Lz4ImageEncoder.BITMAP_FMT_32BIT, decoded32.format());
        assertArrayEquals(expectedBytes(pixels, width, height, 4), decoded32.pixels());
    }

    @Test
    void roundTripsAllKindsOfImages() {
        roundTrip(TestImages.solid(1, 1, 0x123456), 1, 1);
        roundTrip(TestImages.noise(3, 7, 1), 3, 7);
        roundTrip(TestImages.gradient(17, 5), 17, 5);
        roundTrip(TestImages.textLike(640, 480, 2), 640, 480);
        roundTrip(TestImages.photoLike(101, 77, 3), 101, 77);
        roundTrip(TestImages.noise(300, 200, 4), 300, 200);
        // Rows of 300 000 pixels: each block holds a single row, and 24-bit rows straddle nothing.
        roundTrip(TestImages.gradient(300_000, 3), 300_000, 3);
    }

    @Test
    void fullHdFrameIsSplitIntoRowBlocks() {
        int width = 1920;
        int height = 1080;
        int[] pixels = TestImages.textLike(width, height, 5);
        EncodedImage image = encoder.encode(pixels, 0, width, width, height);
        assertNotNull(image);
        assertEquals(109, image.imageType());
        Decoded decoded = decode(image.data(), width, height, 3);
        int rowsPerBlock = Lz4ImageEncoder.BLOCK_TARGET_BYTES / (width * 3);
        assertEquals((height + rowsPerBlock - 1) / rowsPerBlock, decoded.blockSizes().size());
        assertArrayEquals(expectedBytes(pixels, width, height, 3), decoded.pixels());
        assertTrue(image.data().length * 10 < width * height * 4, "text compresses at least 10:1");
    }

    @Test
    void nativeLiblz4DecodesTheBlocks() {
        // The JNI decompressor is liblz4's own LZ4_decompress_safe, the C code spice-gtk calls.
        LZ4SafeDecompressor liblz4;
        try {
            liblz4 = LZ4Factory.nativeInstance().safeDecompressor();
        } catch (Throwable e) {
            assumeTrue(false, "no native liblz4 for this platform: " + e);
            return;
        }
        int width = 1280;
        int height = 720;
        int[] pixels = TestImages.textLike(width, height, 6);
        byte[] data = encoder.encode(pixels, 0, width, width, height).data();
        byte[] out = new byte[width * height * 3];
        int produced = 0;
        for (int at = 6; at < data.length; ) {
            int blockSize = ByteBuffer.wrap(data, at, 4).getInt();
            produced += liblz4.decompress(data, at + 4, blockSize, out, produced, out.length - produced);
            at += 4 + blockSize;
        }
        assertEquals(out.length, produced);
        assertArrayEquals(expectedBytes(pixels, width, height, 3), out);
    }

    @Test
    void honoursOffsetAndStrideAndIgnoresTheTopByte() {
        int width = 13;
        int height = 9;
        int[] pixels = TestImages.gradient(width, height);
        int[] embedded = TestImages.embed(pixels, width, height, 5, 21, 0xFFFFFFFF);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                embedded[5 + y * 21 + x] |= 0xAB00_0000;
            }
        }
        byte[] data = encoder.encodeData(embedded, 5, 21, width, height);
        assertArrayEquals(expectedBytes(pixels, width, height, 3), decode(data, width, height, 3).pixels());
    }

    @Test
    void refusesBadArgumentsAndIncompressibleImages() {
        int[] pixels = new int[100];
        assertNull(encoder.encode(null, 0, 10, 10, 10));
        assertNull(encoder.encode(pixels, 0, 10, 0, 10));
        assertNull(encoder.encode(pixels, 0, 10, 10, -1));
        assertNull(encoder.encode(pixels, 1, 10, 10, 10), "one pixel past the end");
        assertNull(encoder.encode(pixels, 0, 9, 10, 10), "stride below width");
        assertNull(encoder.encode(pixels, -1, 10, 5, 5));
        assertNull(encoder.encode(pixels, 0, Integer.MAX_VALUE, 10, 10));
        assertNull(new Lz4ImageEncoder(LZ4Factory.fastestJavaInstance().fastCompressor(),
                Lz4ImageEncoder.PixelFormat.XRGB32).encode(TestImages.noise(64, 64, 9), 0, 64, 64, 64),
                "noise at 32 bits: raw is smaller");
        assertNotNull(encoder.encode(pixels, 0, 10, 10, 10));
    }
}
