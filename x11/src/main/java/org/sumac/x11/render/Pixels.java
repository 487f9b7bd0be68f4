package org.sumac.x11.render;

import org.sumac.x11.geom.Region;

/**
 * Pixel storage of a drawable: one int per pixel whatever the depth (depth 1 holds 0 or 1,
 * depth 8 holds 0..255, depths 24 and 32 hold the 32-bit word Xvfb would store). Rows are
 * {@code width} ints apart. The screen framebuffer is one of these; so is every pixmap.
 */
public final class Pixels {
    /** Fixed for a pixmap; the screen's change when RANDR resizes it ({@link #resizeScreen}). */
    public int width, height;
    public final int depth;
    public int[] data;
    /** Who hears what is written here: the display's damage for the screen, nobody for a pixmap. */
    private PixelWrites writes;

    public Pixels(int width, int height, int depth) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.data = new int[Math.multiplyExact(Math.max(width, 0), Math.max(height, 0))];
    }

    /**
     * Gives these pixels a new size, keeping the overlap of old and new (the rest is 0 until painted). Only the
     * screen is resized, under the display lock and between requests, so no drawing holds the old array.
     */
    public void resizeScreen(int newWidth, int newHeight) {
        int[] fresh = new int[Math.multiplyExact(newWidth, newHeight)];
        int w = Math.min(width, newWidth);
        for (int y = 0, h = Math.min(height, newHeight); y < h; y++) System.arraycopy(data, y * width, fresh, y * newWidth, w);
        data = fresh;
        width = newWidth;
        height = newHeight;
    }

    /** Every write into these pixels is reported to {@code w} from now on (the screen framebuffer's damage). */
    public void reportWritesTo(PixelWrites w) {
        this.writes = w;
    }

    /** Whether writes are heard: writers build the region they report only then. */
    public boolean watched() {
        return writes != null && writes.listening();
    }

    /** A drawing operation wrote the pixels of {@code region} (buffer coordinates). */
    public void wrote(Region region) {
        if (writes != null && !region.isEmpty()) writes.wrote(region);
    }

    /** The pixels of {@code destination} were copied from {@code destination - (dx, dy)} of this buffer. */
    public void copied(Region destination, int dx, int dy) {
        if (writes != null && !destination.isEmpty()) writes.copied(destination, dx, dy);
    }

    /** Every pixel of {@code region} became {@code pixel} (solid, opaque). */
    public void filled(Region region, int pixel) {
        if (writes != null && !region.isEmpty()) writes.filled(region, pixel);
    }

    /** The bits a pixel of this depth can hold; depth 24 keeps all 32 bits as fb does. */
    public int depthMask() {
        return depthMask(depth);
    }

    public static int depthMask(int depth) {
        return depth >= 24 ? -1 : (1 << depth) - 1;
    }

    public int get(int x, int y) {
        return data[y * width + x];
    }
}
