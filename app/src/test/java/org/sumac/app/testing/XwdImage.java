package org.sumac.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A screen capture in X Window Dump format, as written by {@code xwd -root}, decoded to one
 * {@code int} per pixel (the raw pixel value; for depth 24 TrueColor that is 0x00RRGGBB plus whatever
 * the server keeps in the top byte — compare with {@link ImageComparison}, which masks it).
 *
 * <p>Layout of the file (X11 {@code XWDFile.h}, version 7): a header of 25 big-endian CARD32 fields
 * (header_size, file_version, pixmap_format, pixmap_depth, pixmap_width, pixmap_height, xoffset,
 * byte_order, bitmap_unit, bitmap_bit_order, bitmap_pad, bits_per_pixel, bytes_per_line, visual_class,
 * red/green/blue masks, bits_per_rgb, colormap_entries, ncolors, window width/height/x/y/border),
 * then the window name up to {@code header_size}, then {@code ncolors} 12-byte colour entries, then the
 * image rows of {@code bytes_per_line} bytes in {@code byte_order}. Only ZPixmap with 8, 16, 24 or 32
 * bits per pixel is decoded.
 */
public record XwdImage(int width, int height, int depth, int bitsPerPixel, int[] pixels) {
    private static final int HEADER_FIELDS = 25;
    private static final int Z_PIXMAP = 2;

    /** The pixel at (x, y). */
    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /**
     * Runs {@code xwd -root -silent} against {@code server}, keeps the file under
     * {@code target/x-tests/captures/<label>-<kind>.xwd} and decodes it.
     */
    public static XwdImage captureRoot(XServerProcess server, String label) {
        Path file = TestOutput.dir("captures").resolve(TestOutput.safeName(label) + "-" + server.kind() + ".xwd");
        XClients.Result result = XClients.run(server, Duration.ofSeconds(30), "xwd", "-root", "-silent", "-out",
                file.toString());
        if (!result.succeeded()) {
            throw new AssertionError("xwd -root failed on " + server + ": " + result + "\nserver log:\n"
                    + server.logTail());
        }
        return read(file);
    }

    /** Decodes an XWD file. */
    public static XwdImage read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Decodes the bytes of an XWD file. */
    public static XwdImage parse(byte[] data) {
        if (data.length < HEADER_FIELDS * 4) {
            throw new IllegalArgumentException("XWD file too short: " + data.length + " bytes");
        }
        ByteBuffer header = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
        int[] h = new int[HEADER_FIELDS];
        for (int i = 0; i < HEADER_FIELDS; i++) {
            h[i] = header.getInt(i * 4);
        }
        int headerSize = h[0];
        int version = h[1];
        int format = h[2];
        int depth = h[3];
        int width = h[4];
        int height = h[5];
        int byteOrder = h[7];
        int bitsPerPixel = h[11];
        int bytesPerLine = h[12];
        int ncolors = h[19];
        if (version != 7) {
            throw new IllegalArgumentException("XWD version " + version + ", expected 7");
        }
        if (format != Z_PIXMAP) {
            throw new IllegalArgumentException("XWD pixmap format " + format + ", only ZPixmap (2) decoded");
        }
        if (bitsPerPixel != 8 && bitsPerPixel != 16 && bitsPerPixel != 24 && bitsPerPixel != 32) {
            throw new IllegalArgumentException("XWD bits per pixel " + bitsPerPixel + " not supported");
        }
        if (width <= 0 || height <= 0 || bytesPerLine < (long) width * bitsPerPixel / 8) {
            throw new IllegalArgumentException("XWD bad geometry " + width + "x" + height + " bpl " + bytesPerLine);
        }
        long imageStart = (long) headerSize + 12L * ncolors;
        long needed = imageStart + (long) bytesPerLine * height;
        if (headerSize < HEADER_FIELDS * 4 || needed > data.length) {
            throw new IllegalArgumentException("XWD truncated: needs " + needed + " bytes, has " + data.length);
        }
        boolean msbFirst = byteOrder == 1;
        int bytesPerPixel = bitsPerPixel / 8;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = (int) (imageStart + (long) y * bytesPerLine);
            for (int x = 0; x < width; x++) {
                int at = row + x * bytesPerPixel;
                int value = 0;
                for (int b = 0; b < bytesPerPixel; b++) {
                    int octet = data[at + b] & 0xFF;
                    value = msbFirst ? (value << 8) | octet : value | (octet << (8 * b));
                }
                pixels[y * width + x] = value;
            }
        }
        return new XwdImage(width, height, depth, bitsPerPixel, pixels);
    }
}
