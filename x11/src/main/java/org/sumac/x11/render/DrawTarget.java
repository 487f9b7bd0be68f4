package org.sumac.x11.render;

import org.sumac.x11.geom.Region;

/**
 * Where one drawing request lands: the pixel buffer, the position of the drawable's origin in
 * that buffer (a window draws into the screen buffer at its absolute inside corner; a pixmap at
 * 0,0), and the composite clip in buffer coordinates (window visible region, GC clip rectangles
 * and clip mask already combined). Rasterizers work in drawable coordinates and add the origin.
 */
public record DrawTarget(Pixels pixels, int originX, int originY, Region clip) {
    /**
     * Reports that the operation wrote inside [x1, x2) x [y1, y2) of drawable coordinates, clipped here: the
     * rasterizers raise damage this way, once per operation, so no request handler has to.
     */
    public void wrote(long x1, long y1, long x2, long y2) {
        if (!pixels.watched()) return;
        int bx1 = (int) Math.max(Integer.MIN_VALUE / 2, x1 + originX), by1 = (int) Math.max(Integer.MIN_VALUE / 2, y1 + originY);
        int bx2 = (int) Math.min(Integer.MAX_VALUE / 2, x2 + originX), by2 = (int) Math.min(Integer.MAX_VALUE / 2, y2 + originY);
        pixels.wrote(clip.intersectBox(bx1, by1, bx2, by2));
    }

    /**
     * Reports the bounding box of {@code count} items of {@code stride} coordinates (x, y first; with {@code sizes}
     * a width and height follow; a stride of 4 without sizes is a segment's two end points), grown by {@code grow}
     * for line widths and caps.
     */
    public void wroteAround(int[] coords, int count, int stride, boolean sizes, int grow) {
        if (coords == null || !pixels.watched()) return;
        int n = Math.min(count, coords.length / stride) * stride;
        if (n <= 0) return;
        long x1 = Long.MAX_VALUE, y1 = Long.MAX_VALUE, x2 = Long.MIN_VALUE, y2 = Long.MIN_VALUE;
        for (int i = 0; i < n; i += stride) {
            long x = coords[i], y = coords[i + 1];
            long w = sizes ? (coords[i + 2] & 0xffff) : 0, h = sizes ? (coords[i + 3] & 0xffff) : 0;
            x1 = Math.min(x1, x);
            y1 = Math.min(y1, y);
            x2 = Math.max(x2, x + w + 1);
            y2 = Math.max(y2, y + h + 1);
            if (!sizes && stride == 4) {
                x1 = Math.min(x1, coords[i + 2]);
                y1 = Math.min(y1, coords[i + 3]);
                x2 = Math.max(x2, coords[i + 2] + 1L);
                y2 = Math.max(y2, coords[i + 3] + 1L);
            }
        }
        wrote(x1 - grow, y1 - grow, x2 + grow, y2 + grow);
    }
}
