package org.sumac.app.apps;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.sumac.app.testing.XwdImage;

/** Screen comparisons that leave out a case's named regions, and the images the harness writes. */
final class Screens {
    private static final int MASK = 0x00FFFFFF;

    private Screens() {
    }

    /** Where two screens differ outside the ignored regions. */
    record Difference(long pixels, int minX, int minY, int maxX, int maxY) {
        boolean none() {
            return pixels == 0;
        }

        @Override
        public String toString() {
            return pixels == 0 ? "identical" : pixels + " pixels differ within x " + minX + ".." + maxX + ", y " + minY
                    + ".." + maxY;
        }
    }

    static boolean sameOutside(XwdImage a, XwdImage b, List<AppCase.Region> ignore) {
        return compare(a, b, ignore).none();
    }

    static Difference compare(XwdImage a, XwdImage b, List<AppCase.Region> ignore) {
        if (a.width() != b.width() || a.height() != b.height()) {
            return new Difference((long) Math.max(a.width(), b.width()) * Math.max(a.height(), b.height()), 0, 0,
                    Math.max(a.width(), b.width()) - 1, Math.max(a.height(), b.height()) - 1);
        }
        long count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if ((a.pixel(x, y) & MASK) != (b.pixel(x, y) & MASK) && !ignored(ignore, x, y)) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return count == 0 ? new Difference(0, 0, 0, 0, 0) : new Difference(count, minX, minY, maxX, maxY);
    }

    private static boolean ignored(List<AppCase.Region> ignore, int x, int y) {
        for (AppCase.Region r : ignore) {
            if (r.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** Writes {@code image} as a PNG. */
    static void writePng(XwdImage image, Path file) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                out.setRGB(x, y, image.pixel(x, y) & MASK);
            }
        }
        write(out, file);
    }

    /**
     * Writes the difference image: the reference dimmed to grey, pixels that differ red, pixels that differ
     * inside an ignored region yellow, ignored regions outlined in blue.
     */
    static void writeDiff(XwdImage expected, XwdImage actual, List<AppCase.Region> ignore, Path file) {
        int w = Math.min(expected.width(), actual.width());
        int h = Math.min(expected.height(), actual.height());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.pixel(x, y) & MASK;
                int a = actual.pixel(x, y) & MASK;
                boolean inIgnored = ignored(ignore, x, y);
                int rgb = e == a ? dim(e) : inIgnored ? 0xFFFF00 : 0xFF0000;
                out.setRGB(x, y, rgb);
            }
        }
        for (AppCase.Region r : ignore) {
            for (int x = r.x(); x < r.x() + r.width(); x++) {
                plot(out, x, r.y());
                plot(out, x, r.y() + r.height() - 1);
            }
            for (int y = r.y(); y < r.y() + r.height(); y++) {
                plot(out, r.x(), y);
                plot(out, r.x() + r.width() - 1, y);
            }
        }
        write(out, file);
    }

    private static void plot(BufferedImage out, int x, int y) {
        if (x >= 0 && y >= 0 && x < out.getWidth() && y < out.getHeight()) {
            out.setRGB(x, y, 0x3060FF);
        }
    }

    private static int dim(int rgb) {
        int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 12;
        return (grey << 16) | (grey << 8) | grey;
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
