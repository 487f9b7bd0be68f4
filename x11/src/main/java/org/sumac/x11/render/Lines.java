package org.sumac.x11.render;

/**
 * Entry points for PolyLine, PolySegment and PolyRectangle: picks thin (line-width 0) or wide
 * rasterization the way fb does. Coordinates are in drawable space, CoordModeOrigin (the request
 * handler turns CoordModePrevious into absolute points, wrapping to 16 bits as the server does).
 */
public final class Lines {
    private Lines() {
    }

    /** PolyLine with {@code count} points as x, y pairs. */
    public static void polyLine(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        if (gc.lineWidth == 0) ZeroWidthLines.polyLine(target, gc, coords, count);
        else WideLines.polyLine(target, gc, coords, count);
        target.wroteAround(coords, count, 2, false, gc.lineWidth + 2);
    }

    /** PolySegment with {@code count} segments as x1, y1, x2, y2 quadruples. */
    public static void polySegment(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        if (gc.lineWidth == 0) ZeroWidthLines.polySegment(target, gc, coords, count);
        else WideLines.polySegment(target, gc, coords, count);
        target.wroteAround(coords, count, 4, false, gc.lineWidth + 2);
    }

    /** PolyRectangle with {@code count} rectangles as x, y, width, height quadruples. */
    public static void polyRectangle(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        if (gc.lineWidth == 0) ZeroWidthLines.polyRectangle(target, gc, coords, count);
        else WideLines.polyRectangle(target, gc, coords, count);
        target.wroteAround(coords, count, 4, true, gc.lineWidth + 2);
    }
}
