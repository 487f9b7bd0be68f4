package org.sumac.spice.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;

/**
 * SPICE_IMAGE_TYPE_LZ4 (109) encoder, in the format spice-gtk decodes ({@code canvas_get_lz4} in
 * spice-common's canvas_base.c). Only clients that advertised DISPLAY cap LZ4_COMPRESSION (5) may
 * receive it; spice-html5 cannot decode it.
 *
 * <p>Wire layout of {@link EncodedImage#data()} (everything after the SpiceImageDescriptor):
 *
 * <pre>
 *   u32 LE  data_size        number of bytes that follow (the whole rest of data)
 *   u8      top_down         1: rows go top to bottom
 *   u8      bitmap format    7 = SPICE_BITMAP_FMT_24BIT (default: bytes B, G, R per pixel)
 *                            or 8 = SPICE_BITMAP_FMT_32BIT (bytes B, G, R, 0), see {@link PixelFormat}
 *   then one or more blocks, together covering all rows in order:
 *     u32 BE  block_size     length of the raw LZ4 block that follows
 *     block_size bytes       one raw LZ4 block (no frame header) of a run of whole rows,
 *                            each row exactly width·bytes-per-pixel bytes (no padding)
 * </pre>
 *
 * The caller adds nothing: it writes the descriptor (type 109, width, height) and then {@code data}.
 * Blocks are compressed independently (a block never refers to an earlier one), which the
 * client's streaming decoder accepts; splitting into blocks of about {@value #BLOCK_TARGET_BYTES}
 * raw bytes bounds the temporary memory per call.
 *
 * <p>Returns {@code null} for invalid arguments and when the result would be larger than the raw
 * pixels (4·width·height), as the C server does, so the caller sends a raw bitmap instead.
 * Thread-safe: all buffers are per call.
 */
public final class Lz4ImageEncoder implements ImageEncoder {

    public static final int IMAGE_TYPE = 109;
    static final int BITMAP_FMT_32BIT = 8;
    static final int BITMAP_FMT_24BIT = 7;

    /**
     * How pixels are laid out before LZ4. spice-gtk decodes both (canvas_get_lz4 makes an r8g8b8
     * or x8r8g8b8 surface, then converts it to the canvas format exactly). 24-bit is the default:
     * a quarter less input and no constant pad bytes, so LZ4 finds more matches (on a text-like
     * 1920×1080 frame 16:1 instead of 12:1; photo-like frames compress at all). 32-bit is what the
     * C server sends for 32-bit surfaces.
     */
    public enum PixelFormat {
        XRGB32(BITMAP_FMT_32BIT, 4),
        RGB24(BITMAP_FMT_24BIT, 3);

        final int spiceFormat;
        final int bytesPerPixel;

        PixelFormat(int spiceFormat, int bytesPerPixel) {
            this.spiceFormat = spiceFormat;
            this.bytesPerPixel = bytesPerPixel;
        }
    }
    static final int BLOCK_TARGET_BYTES = 1 << 20;
    /** spice-common refuses images of more bytes than this (SPICE_MAX_IMAGE_SIZE). */
    static final long MAX_IMAGE_BYTES = (1L << 30) - 1;

    private static final VarHandle INT_LE =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final LZ4Compressor compressor;
    private final PixelFormat format;

    /** 24-bit pixels, pure-Java safe LZ4 compressor (no native code, no Unsafe warnings). */
    public Lz4ImageEncoder() {
        this(LZ4Factory.fastestJavaInstance().fastCompressor(), PixelFormat.RGB24);
    }

    /**
     * Uses the given LZ4 block compressor (e.g. {@code LZ4Factory.nativeInstance().fastCompressor()},
     * which is faster but needs {@code --enable-native-access}) and pixel format.
     */
    public Lz4ImageEncoder(LZ4Compressor compressor, PixelFormat format) {
        this.compressor = Objects.requireNonNull(compressor, "compressor");
        this.format = Objects.requireNonNull(format, "format");
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
        int bytesPerPixel = format.bytesPerPixel;
        int rowBytes = width * bytesPerPixel;
        int rowsPerBlock = Math.max(1, BLOCK_TARGET_BYTES / rowBytes);
        int blockCount = (height + rowsPerBlock - 1) / rowsPerBlock;
        int fullBlockBytes = Math.min(height, rowsPerBlock) * rowBytes;
        long bound = 6L + (long) blockCount * (4 + compressor.maxCompressedLength(fullBlockBytes));
        if (bound > Integer.MAX_VALUE - 16) {
            return null;
        }
        byte[] out = new byte[(int) bound];
        // One spare byte: 24-bit rows are written 4 bytes at a time, the last one overwritten.
        byte[] raw = new byte[fullBlockBytes + 1];
        int pos = 4;
        out[pos++] = 1; // top_down
        out[pos++] = (byte) format.spiceFormat;
        for (int firstRow = 0; firstRow < height; firstRow += rowsPerBlock) {
            int rows = Math.min(rowsPerBlock, height - firstRow);
            int rawLength = rows * rowBytes;
            int r = 0;
            for (int y = firstRow; y < firstRow + rows; y++) {
                int src = offset + y * stride;
                for (int x = 0; x < width; x++, r += bytesPerPixel) {
                    INT_LE.set(raw, r, pixels[src + x] & 0x00FF_FFFF);
                }
            }
            int compressed = compressor.compress(raw, 0, rawLength, out, pos + 4, out.length - pos - 4);
            INT_BE.set(out, pos, compressed);
            pos += 4 + compressed;
        }
        INT_LE.set(out, 0, pos - 4);
        return Arrays.copyOf(out, pos);
    }
}
