package org.sumac.x11.render;

import org.sumac.x11.geom.Region;

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
        paint(target, gc, coords, count);
        report(target, gc, coords, count);
    }

    /** Solid fills with more rectangles than this are reported as plain damage (region building is quadratic). */
    private static final int MAX_FILL_RECTS = 16;

    /** A few opaque solid rectangles are reported as their colour (the remote side need not read pixels). */
    private static void report(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        if (!target.pixels().watched()) return;
        boolean solidCopy = gc.fillStyle == GraphicsContext.FILL_SOLID && gc.function == GraphicsContext.GX_COPY
            && Painter.reducedPlaneMask(gc.planeMask, 24) == -1;
        if (solidCopy && count <= MAX_FILL_RECTS) {
            int[] xywh = java.util.Arrays.copyOf(coords, count * 4);
            for (int i = 0; i < xywh.length; i += 4) {
                xywh[i] += target.originX();
                xywh[i + 1] += target.originY();
            }
            target.pixels().filled(Region.ofRects(xywh, count).intersect(target.clip()), gc.foreground & 0xFFFFFF);
            return;
        }
        target.wroteAround(coords, count, 4, true, 0);
    }

    /** Paints without reporting: for rasterizers that report their whole operation themselves (wide lines). */
    static void paint(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
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
