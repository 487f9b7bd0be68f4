package org.sumac.spice.codec;

import java.util.SplittableRandom;

/**
 * Deterministic test frames (xRGB ints, stride = width) for codec tests and benchmarks. The same
 * seed always gives the same pixels, so ratios and failures are reproducible.
 */
public final class TestImages {

    private TestImages() {}

    public static int[] solid(int width, int height, int rgb) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, rgb);
        return pixels;
    }

    /** Red along x, green along y, blue along the diagonal: every pixel differs from its left neighbour. */
    public static int[] gradient(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / Math.max(1, width - 1);
                int g = y * 255 / Math.max(1, height - 1);
                int b = (x + y) & 0xFF;
                pixels[y * width + x] = r << 16 | g << 8 | b;
            }
        }
        return pixels;
    }

    /** Uniform random xRGB: incompressible for any lossless codec. */
    public static int[] noise(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt() & 0x00FF_FFFF;
        }
        return pixels;
    }

    /**
     * A desktop of text: a light window with a title bar and lines of 8×14 glyphs drawn from a small
     * random font, plus a dark terminal pane; the kind of frame X clients draw most.
     */
    public static int[] textLike(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int glyphW = 8;
        int glyphH = 14;
        boolean[][] font = new boolean[96][glyphW * glyphH];
        for (boolean[] glyph : font) {
            for (int i = 0; i < glyph.length; i++) {
                int gx = i % glyphW;
                int gy = i / glyphW;
                // Ink only in the glyph box (x 1..6, y 2..11), like real fonts leave margins.
                glyph[i] = gx >= 1 && gx <= 6 && gy >= 2 && gy <= 11 && random.nextInt(100) < 35;
            }
        }
        int[] pixels = solid(width, height, 0x3A6EA5); // desktop background
        int splitX = width * 3 / 5;
        fillRect(pixels, width, height, 0, 0, splitX, 24, 0x2B5797); // title bar
        fillRect(pixels, width, height, 0, 24, splitX, height, 0xFFFFFF); // editor window
        fillRect(pixels, width, height, splitX, 0, width, height, 0x1E1E1E); // terminal
        drawText(pixels, width, height, font, random, 4, 5, splitX - 4, 19, 0xFFFFFF, 0x2B5797);
        for (int baseY = 28; baseY + glyphH <= height; baseY += glyphH + 2) {
            drawText(pixels, width, height, font, random, 4, baseY, splitX - 4, baseY + glyphH, 0x000000, 0xFFFFFF);
            drawText(pixels, width, height, font, random, splitX + 4, baseY, width - 4, baseY + glyphH, 0x33DD33,
                    0x1E1E1E);
        }
        return pixels;
    }

    private static void drawText(int[] pixels, int width, int height, boolean[][] font, SplittableRandom random,
            int left, int top, int right, int bottom, int ink, int paper) {
        int lineLength = (right - left) / 8;
        int used = random.nextInt(Math.max(1, lineLength + 1));
        for (int c = 0; c < used; c++) {
            boolean[] glyph = random.nextInt(6) == 0 ? null : font[random.nextInt(font.length)]; // null = space
            int x0 = left + c * 8;
            for (int gy = 0; gy < 14 && top + gy < Math.min(bottom, height); gy++) {
                for (int gx = 0; gx < 8 && x0 + gx < width; gx++) {
                    boolean on = glyph != null && glyph[gy * 8 + gx];
                    pixels[(top + gy) * width + x0 + gx] = on ? ink : paper;
                }
            }
        }
    }

    /**
     * A photo-like frame: smooth low-frequency colour fields (sums of sines), soft edges and mild
     * sensor-like noise, so that neighbouring pixels are close but rarely equal.
     */
    public static int[] photoLike(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] amplitude = {60, 35, 20};
        double[] frequencyX = {3, 7, 17};
        double[] frequencyY = {2, -5, 13};
        // Per channel and wave: sin(fx·u + fy·v + phase) = sin(fx·u + phase)·cos(fy·v) + cos(fx·u + phase)·sin(fy·v),
        // so the sines are tabulated per column and per row (a 1080p frame takes milliseconds, not seconds).
        double[][] sinX = new double[9][width];
        double[][] cosX = new double[9][width];
        double[][] sinY = new double[9][height];
        double[][] cosY = new double[9][height];
        double[][] ripple = new double[3][width];
        double[][] rippleY = new double[3][height];
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < 3; k++) {
                int t = c * 3 + k;
                double fx = 6.28 * frequencyX[k] * random.nextDouble();
                double fy = 6.28 * frequencyY[k] * random.nextDouble();
                double phase = 6 * random.nextDouble();
                for (int x = 0; x < width; x++) {
                    double u = x / (double) Math.max(1, width);
                    sinX[t][x] = amplitude[k] * Math.sin(fx * u + phase);
                    cosX[t][x] = amplitude[k] * Math.cos(fx * u + phase);
                }
                for (int y = 0; y < height; y++) {
                    double v = y / (double) Math.max(1, height);
                    sinY[t][y] = Math.sin(fy * v);
                    cosY[t][y] = Math.cos(fy * v);
                }
            }
            double gx = 6.28 * 40 * random.nextDouble();
            double gy = 6.28 * 30 * random.nextDouble();
            for (int x = 0; x < width; x++) {
                ripple[c][x] = 10 * Math.sin(gx * x / Math.max(1, width));
            }
            for (int y = 0; y < height; y++) {
                rippleY[c][y] = Math.sin(gy * y / Math.max(1, height));
            }
        }
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(); // sensor noise: -4..4 per channel from 4 bits each
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double value = 128.5 + ripple[c][x] * rippleY[c][y] + ((noise >>> (4 * c) & 15) % 9 - 4);
                    for (int k = 0; k < 3; k++) {
                        int t = c * 3 + k;
                        value += sinX[t][x] * cosY[t][y] + cosX[t][x] * sinY[t][y];
                    }
                    int level = value <= 0 ? 0 : value >= 255 ? 255 : (int) value;
                    rgb = rgb << 8 | level;
                }
                pixels[y * width + x] = rgb;
            }
        }
        return pixels;
    }

    public static void fillRect(int[] pixels, int width, int height, int x0, int y0, int x1, int y1, int rgb) {
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            java.util.Arrays.fill(pixels, y * width + Math.max(0, x0), y * width + Math.min(width, x1), rgb);
        }
    }

    /** Copies {@code pixels} (stride = width) into a larger array at {@code offset} with row pitch {@code stride}. */
    public static int[] embed(int[] pixels, int width, int height, int offset, int stride, int garbage) {
        int[] out = new int[offset + stride * height + 3];
        java.util.Arrays.fill(out, garbage);
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, y * width, out, offset + y * stride, width);
        }
        return out;
    }
}
