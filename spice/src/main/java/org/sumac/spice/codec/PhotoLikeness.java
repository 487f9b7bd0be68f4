package org.sumac.spice.codec;

/**
 * Decides cheaply whether a rectangle looks like a photo or a video frame — where JPEG wins — or
 * like screen content (text, flat fills, sharp edges) — where lossless LZ/LZ4 win and JPEG would
 * blur text.
 *
 * <p>Idea (the C server's "graduality" estimate works the same way in spirit): in photos,
 * neighbouring pixels are close but rarely equal; in screen content they are mostly equal, and
 * where they differ they differ a lot (glyph edges). So it samples horizontal neighbour pairs on
 * up to {@value #SAMPLE_ROWS} evenly spaced rows and counts the pairs whose colour distance (sum of
 * the absolute channel differences) is small but not zero. Pure functions; no state.
 */
public final class PhotoLikeness {

    /** Areas smaller than this are never worth JPEG (the C server streams only from 96×96 on). */
    public static final int MIN_PIXELS = 96 * 96;
    /** Fraction of gradual pairs from which an area counts as photo-like. */
    public static final double PHOTO_THRESHOLD = 0.55;
    static final int SAMPLE_ROWS = 64;
    static final int MAX_PAIRS_PER_ROW = 512;
    /** Largest sum of channel differences that still counts as a gradual step. */
    static final int GRADUAL_MAX_DISTANCE = 48;

    private PhotoLikeness() {}

    /**
     * Fraction (0..1) of sampled neighbour pairs that differ slightly; 0 for invalid arguments or
     * an area one pixel wide.
     */
    public static double gradualFraction(int[] pixels, int offset, int stride, int width, int height) {
        if (!PixelArgs.valid(pixels, offset, stride, width, height, Long.MAX_VALUE) || width < 2) {
            return 0;
        }
        int rows = Math.min(SAMPLE_ROWS, height);
        int step = Math.max(1, (width - 1) / MAX_PAIRS_PER_ROW);
        long gradual = 0;
        long total = 0;
        for (int r = 0; r < rows; r++) {
            int y = (int) ((long) r * height / rows + (height / rows) / 2);
            int base = offset + y * stride;
            for (int x = 0; x + 1 < width; x += step) {
                int a = pixels[base + x];
                int b = pixels[base + x + 1];
                int distance = Math.abs((a >>> 16 & 0xFF) - (b >>> 16 & 0xFF))
                        + Math.abs((a >>> 8 & 0xFF) - (b >>> 8 & 0xFF))
                        + Math.abs((a & 0xFF) - (b & 0xFF));
                if (distance != 0 && distance <= GRADUAL_MAX_DISTANCE) {
                    gradual++;
                }
                total++;
            }
        }
        return total == 0 ? 0 : (double) gradual / total;
    }

    /** True for areas of at least {@link #MIN_PIXELS} pixels whose gradual fraction reaches the threshold. */
    public static boolean isPhotoLike(int[] pixels, int offset, int stride, int width, int height) {
        return (long) width * height >= MIN_PIXELS
                && gradualFraction(pixels, offset, stride, width, height) >= PHOTO_THRESHOLD;
    }
}
