package org.sumac.app.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Exact comparison of two screen captures (expected = Xvfb, actual = Sumac), pixel by pixel after
 * masking. On a difference it writes PNGs under {@code target/x-tests/diffs}: {@code <label>-expected.png},
 * {@code <label>-actual.png} and {@code <label>-diff.png} (the expected image dimmed, differing pixels
 * red), and the report names the count, the bounding box and the first differing pixels in raster order.
 *
 * <pre>{@code
 * ImageComparison.assertSame("lines", XwdImage.captureRoot(xvfb, "lines"), XwdImage.captureRoot(sumac, "lines"));
 * }</pre>
 */
public final class ImageComparison {
    /** Mask for depth-24 screens: the top byte of a 32-bit pixel is undefined (x11-server.md 2.1). */
    public static final int DEPTH24_MASK = 0x00FFFFFF;
    private static final int FIRST_DIFFERENCES = 12;

    private ImageComparison() {
    }

    /** One differing pixel, values already masked. */
    public record Difference(int x, int y, int expected, int actual) {
        @Override
        public String toString() {
            return String.format("(%d,%d) expected %06x actual %06x", x, y, expected, actual);
        }
    }

    /**
     * Outcome of a comparison; {@link #diffImage()} is null when the images are identical or of
     * different sizes.
     */
    public record Outcome(String label, boolean sizesMatch, String sizes, long differingPixels,
            int minX, int minY, int maxX, int maxY, List<Difference> first, Path diffImage) {
        /** True when sizes and all masked pixels are equal. */
        public boolean identical() {
            return sizesMatch && differingPixels == 0;
        }

        /** A human-readable report: what differs, where, and where the diff PNG is. */
        public String report() {
            if (!sizesMatch) {
                return label + ": sizes differ: " + sizes;
            }
            if (differingPixels == 0) {
                return label + ": identical (" + sizes + ")";
            }
            return label + ": " + differingPixels + " pixels differ within x " + minX + ".." + maxX + ", y " + minY
                    + ".." + maxY + "; first: " + first + "; diff image " + diffImage;
        }
    }

    /** Compares with {@link #DEPTH24_MASK}; throws an {@link AssertionError} with the report on a difference. */
    public static void assertSame(String label, XwdImage expected, XwdImage actual) {
        Outcome outcome = compare(label, expected, actual, DEPTH24_MASK);
        if (!outcome.identical()) {
            throw new AssertionError(outcome.report());
        }
    }

    /** Compares the images under {@code mask}; writes PNGs when they differ. */
    public static Outcome compare(String label, XwdImage expected, XwdImage actual, int mask) {
        String sizes = "expected " + expected.width() + "x" + expected.height() + ", actual " + actual.width() + "x"
                + actual.height();
        if (expected.width() != actual.width() || expected.height() != actual.height()) {
            return new Outcome(label, false, sizes, -1, 0, 0, 0, 0, List.of(), null);
        }
        int width = expected.width();
        int height = expected.height();
        long count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        List<Difference> first = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int e = expected.pixel(x, y) & mask;
                int a = actual.pixel(x, y) & mask;
                if (e != a) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                    if (first.size() < FIRST_DIFFERENCES) {
                        first.add(new Difference(x, y, e, a));
                    }
                }
            }
        }
        if (count == 0) {
            return new Outcome(label, true, sizes, 0, 0, 0, 0, 0, List.of(), null);
        }
        Path diff = writePngs(label, expected, actual, mask);
        return new Outcome(label, true, sizes, count, minX, minY, maxX, maxY, List.copyOf(first), diff);
    }

    private static Path writePngs(String label, XwdImage expected, XwdImage actual, int mask) {
        Path dir = TestOutput.dir("diffs");
        String base = TestOutput.safeName(label);
        int width = expected.width();
        int height = expected.height();
        BufferedImage exp = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage act = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int e = expected.pixel(x, y) & mask;
                int a = actual.pixel(x, y) & mask;
                exp.setRGB(x, y, e);
                act.setRGB(x, y, a);
                diff.setRGB(x, y, e == a ? dim(e) : 0xFF0000);
            }
        }
        Path diffFile = dir.resolve(base + "-diff.png");
        try {
            ImageIO.write(exp, "png", dir.resolve(base + "-expected.png").toFile());
            ImageIO.write(act, "png", dir.resolve(base + "-actual.png").toFile());
            ImageIO.write(diff, "png", diffFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write diff images for " + label, e);
        }
        return diffFile;
    }

    /** Writes {@code image} (masked to 24 bits) as {@code target/x-tests/diffs/<label>.png}; returns the file. */
    public static Path writePng(String label, XwdImage image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                out.setRGB(x, y, image.pixel(x, y) & DEPTH24_MASK);
            }
        }
        Path file = TestOutput.dir("diffs").resolve(TestOutput.safeName(label) + ".png");
        try {
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Quarter-brightness grey of a pixel, so the red differences stand out. */
    private static int dim(int rgb) {
        int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 12;
        return (grey << 16) | (grey << 8) | grey;
    }
}
