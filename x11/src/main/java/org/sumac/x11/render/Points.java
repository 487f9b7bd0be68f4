package org.sumac.x11.render;

/**
 * PolyPoint. fb paints points with the solid foreground through the GC function and plane mask,
 * ignoring the fill style, and paints repeated points once per occurrence.
 */
public final class Points {
    private Points() {
    }

    /** Draws {@code count} points given as x, y pairs in drawable coordinates (CoordModeOrigin). */
    public static void draw(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 2);
        if (count <= 0) return;
        Painter p = Painter.solidForeground(target, gc);
        if (p.clipEmpty()) return;
        for (int i = 0, k = 0; i < count; i++, k += 2) p.point(coords[k], coords[k + 1]);
        target.wroteAround(coords, count, 2, false, 0);
    }
}
