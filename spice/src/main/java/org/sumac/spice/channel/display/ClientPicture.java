package org.sumac.spice.channel.display;

import java.util.Arrays;

/**
 * What one client's primary surface shows, as far as the server sent it: fills and copies applied as the client
 * applies them, images as their source pixels. A frame compares each damaged tile with it and sends only the
 * part that differs, or nothing: an X client repainting what is already there (a redraw on focus, an expose
 * of unchanged content, the same text written again) costs no image. A lossy (JPEG) image is recorded as its
 * source, so the client keeps its approximation until those pixels really change. Unknown until images
 * covering the whole surface were put (a new surface's first frame); until then nothing is skipped. Used on the
 * connection's event loop only.
 */
final class ClientPicture {
    private int width, height;
    private int[] px = new int[0];
    /** Pixels not yet put since the reset (a new surface's images do not overlap); 0: the picture is known. */
    private long unknownPixels;

    /** A new surface of this size, its content unknown. */
    void reset(int width, int height) {
        this.width = width;
        this.height = height;
        if (px.length != width * height) px = new int[width * height];
        unknownPixels = (long) width * height;
    }

    void fill(Rect target, int rgb) {
        Rect t = clip(target);
        for (int y = t.y(); y < t.bottom(); y++) {
            Arrays.fill(px, y * width + t.x(), y * width + t.right(), rgb);
        }
    }

    /** COPY_BITS: the target-sized area at (srcX, srcY) onto target, as if through a temporary copy. */
    void copy(int srcX, int srcY, Rect target) {
        Rect source = new Rect(srcX, srcY, target.width(), target.height());
        if (!clip(source).equals(source) || !clip(target).equals(target)) {
            unknownPixels = Long.MAX_VALUE; // a copy from outside the surface: unknown until the next reset
            return;
        }
        boolean upwards = target.y() > srcY; // rows that move down are copied bottom row first
        for (int i = 0; i < target.height(); i++) {
            int row = upwards ? target.height() - 1 - i : i;
            System.arraycopy(px, (srcY + row) * width + srcX, px, (target.y() + row) * width + target.x(),
                    target.width());
        }
    }

    /** An image of r (its pixels, rows of r.width()) reached the client. */
    void put(Rect r, int[] pixels) {
        Rect t = clip(r);
        for (int y = t.y(); y < t.bottom(); y++) {
            System.arraycopy(pixels, (y - r.y()) * r.width() + (t.x() - r.x()), px, y * width + t.x(), t.width());
        }
        if (unknownPixels > 0 && unknownPixels != Long.MAX_VALUE) unknownPixels = Math.max(0, unknownPixels - t.area());
    }

    /**
     * The smallest rectangle inside r holding every pixel of {@code pixels} (r's pixels, rows of r.width()) that
     * the client does not show yet; r itself while the picture is unknown; null when the client shows them all.
     */
    Rect changedWithin(Rect r, int[] pixels) {
        if (unknownPixels > 0 || !clip(r).equals(r)) return r;
        int w = r.width();
        int top = -1, bottom = -1, left = w, right = -1;
        for (int row = 0; row < r.height(); row++) {
            int at = row * w, shown = (r.y() + row) * width + r.x();
            int first = Arrays.mismatch(pixels, at, at + w, px, shown, shown + w);
            if (first < 0) continue;
            if (top < 0) top = row;
            bottom = row;
            left = Math.min(left, first);
            for (int x = w - 1; x > right; x--) {
                if (pixels[at + x] != px[shown + x]) {
                    right = x;
                    break;
                }
            }
        }
        if (top < 0) return null;
        return new Rect(r.x() + left, r.y() + top, right - left + 1, bottom - top + 1);
    }

    private Rect clip(Rect r) {
        return r.intersect(new Rect(0, 0, width, height));
    }
}
