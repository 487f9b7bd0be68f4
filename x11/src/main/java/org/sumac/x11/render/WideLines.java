package org.sumac.x11.render;

/** Wide lines (line-width >= 1), following mi's miWideLine/miWideDash. */
public final class WideLines {
    private WideLines() {
    }

    public static void polyLine(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
    }

    public static void polySegment(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
    }

    public static void polyRectangle(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
    }
}
