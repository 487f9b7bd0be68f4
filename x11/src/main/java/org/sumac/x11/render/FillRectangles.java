package org.sumac.x11.render;

/** PolyFillRectangle: each rectangle covers [x, x+w) x [y, y+h) with the GC's fill. */
public final class FillRectangles {
    private FillRectangles() {
    }

    /**
     * Fills {@code count} rectangles given as x, y, width, height quadruples in drawable
     * coordinates (width and height as the unsigned CARD16 values of the request). Overlapping
     * rectangles are painted once each, as fb does.
     */
    public static void fill(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 4);
        if (count <= 0) return;
        Painter p = Painter.fill(target, gc);
        if (p.clipEmpty()) return;
        for (int i = 0, k = 0; i < count; i++, k += 4) {
            int w = coords[k + 2], h = coords[k + 3];
            if (w <= 0 || h <= 0) continue;
            long x = coords[k], y = coords[k + 1];
            p.fillRect(x, y, x + w, y + h);
        }
    }
}
