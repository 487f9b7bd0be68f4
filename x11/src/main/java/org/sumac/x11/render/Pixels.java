package org.sumac.x11.render;

/**
 * Pixel storage of a drawable: one int per pixel whatever the depth (depth 1 holds 0 or 1,
 * depth 8 holds 0..255, depths 24 and 32 hold the 32-bit word Xvfb would store). Rows are
 * {@code width} ints apart. The screen framebuffer is one of these; so is every pixmap.
 */
public final class Pixels {
    public final int width, height, depth;
    public final int[] data;

    public Pixels(int width, int height, int depth) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.data = new int[Math.multiplyExact(Math.max(width, 0), Math.max(height, 0))];
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
