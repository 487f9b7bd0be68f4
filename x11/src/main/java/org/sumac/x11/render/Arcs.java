package org.sumac.x11.render;

/**
 * PolyArc and PolyFillArc with the pixels of Debian 12's Xvfb (X.Org fb + mi).
 *
 * <p>Arcs are given as {@code x, y, width, height, angle1, angle2} sextuples in drawable
 * coordinates, as on the wire: x, y and the angles are read as INT16, width and height as
 * CARD16 (other bits are ignored). Angles are in 1/64 degree, counter-clockwise from 3 o'clock.
 *
 * <p>Output is a stream of spans in drawable coordinates. Nothing here clips: the sinks apply
 * the composite clip and the GC (function, plane mask, fill style). The sinks must paint each
 * span immediately, in call order, and must paint a span as often as it is emitted: Xvfb paints
 * some pixels twice, which shows with GXxor, and this code reproduces exactly which ones. Where
 * X.Org paints through a scratch bitmap (wide arcs with a function that reads the destination)
 * the spans are already merged so that each pixel comes once per pass.
 *
 * <p>{@code fg} paints the GC's normal fill (foreground, tile or stipple per fill-style).
 * {@code bg} is used only for the odd dashes of LineDoubleDash: for FillSolid and FillStippled it
 * must paint with the GC's background pixel in place of the foreground; for FillTiled and
 * FillOpaqueStippled it paints exactly like {@code fg} (the protocol says dashes do not change
 * the colours of those fills).
 *
 * <p>So pass plain, immediate painters (e.g. {@code new Painter(target, gc, pixel, false)}), not
 * sinks that collect and merge spans until a flush: merging loses the repeated pixels and the
 * foreground/background order that Xvfb shows with GXxor (ArcPainterOracleTest checks this).
 *
 * <p>The maths functions come from the C library through {@link ArcLibm} (Java's FFM API); run
 * the JVM with {@code --enable-native-access=ALL-UNNAMED} to avoid the JDK's warning.
 */
public final class Arcs {
    private Arcs() {
    }

    /**
     * PolyArc: outlines, thin (line-width 0) or wide, solid or dashed.
     *
     * @param target the drawable; only its clip and depth are consulted (they select between
     *               two X.Org code paths that differ in which pixels are painted twice)
     * @param arcs   sextuples x, y, width, height, angle1, angle2
     * @param count  number of arcs to draw (clamped to what {@code arcs} holds)
     * @param fg     sink for solid arcs and even dashes
     * @param bg     sink for odd dashes of LineDoubleDash (may be null otherwise)
     */
    public static void polyArc(DrawTarget target, GraphicsContext gc, int[] arcs, int count, SpanSink fg,
                               SpanSink bg) {
        ArcSpec[] list = read(arcs, count);
        if (list.length == 0) return;
        paintArcs(target, gc, list, fg, bg);
        target.wroteAround(arcs, count, 6, true, gc.lineWidth + 2);
    }

    private static void paintArcs(DrawTarget target, GraphicsContext gc, ArcSpec[] list, SpanSink fg, SpanSink bg) {
        if (bg == null) bg = fg;
        int[] dashes = sanitizedDashes(gc.dashes);
        if (gc.lineWidth != 0) {
            WideArcs.polyArc(gc, dashes, list, fg, bg);
            return;
        }
        boolean framebufferCapable = gc.lineStyle == GraphicsContext.LINE_SOLID
            && gc.fillStyle == GraphicsContext.FILL_SOLID && target.pixels().depth != 1;
        if (!framebufferCapable) {
            zeroPolyArc(gc, dashes, list, fg, bg);
            return;
        }
        // fb draws each arc itself when it lies wholly inside the clip, otherwise hands that one
        // arc to mi; the two differ only in duplicate pixels of full even circles
        ZeroWidthArcs.Points points = new ZeroWidthArcs.Points();
        for (ArcSpec arc : list) {
            if (!ZeroWidthArcs.canWalk(arc)) {
                WideArcs.polyArc(gc, dashes, new ArcSpec[] {arc}, fg, bg);
                continue;
            }
            points.clear();
            ZeroWidthArcs.solidPoints(arc, insideClip(target, arc), points);
            points.emit(fg);
        }
    }

    /**
     * PolyFillArc in the GC's arc-mode (PieSlice or Chord).
     *
     * @param arcs  sextuples x, y, width, height, angle1, angle2
     * @param count number of arcs (clamped to what {@code arcs} holds)
     * @param fill  sink painting the GC's fill
     */
    public static void polyFillArc(DrawTarget target, GraphicsContext gc, int[] arcs, int count, SpanSink fill) {
        ArcSpec[] list = read(arcs, count);
        FilledArcs.polyFillArc(list, gc.arcMode, fill);
        target.wroteAround(arcs, count, 6, true, 1);
    }

    /** mi's thin-arc path: big ellipses first through the wide code, then the walked ones. */
    private static void zeroPolyArc(GraphicsContext gc, int[] dashes, ArcSpec[] list, SpanSink fg, SpanSink bg) {
        for (ArcSpec arc : list) {
            if (!ZeroWidthArcs.canWalk(arc)) WideArcs.polyArc(gc, dashes, new ArcSpec[] {arc}, fg, bg);
        }
        ZeroWidthArcs.Points even = new ZeroWidthArcs.Points(), odd = new ZeroWidthArcs.Points();
        if (gc.lineStyle == GraphicsContext.LINE_SOLID) {
            for (ArcSpec arc : list) {
                if (!ZeroWidthArcs.canWalk(arc)) continue;
                even.clear();
                ZeroWidthArcs.solidPoints(arc, false, even);
                even.emit(fg);
            }
            return;
        }
        ZeroWidthArcs.DashState dash = new ZeroWidthArcs.DashState(dashes, gc.dashOffset & 0xFFFF);
        for (int i = 0; i < list.length; i++) {
            ArcSpec arc = list[i];
            if (!ZeroWidthArcs.canWalk(arc)) continue;
            dash.skipLast = i != list.length - 1;
            even.clear();
            odd.clear();
            ZeroWidthArcs.dashedPoints(arc, dash, even, odd);
            dash.skipStart = true;
            even.emit(fg);
            if (gc.lineStyle == GraphicsContext.LINE_DOUBLE_DASH) odd.emit(bg);
        }
    }

    private static boolean insideClip(DrawTarget target, ArcSpec arc) {
        int x1 = (short) (arc.x() + target.originX()), y1 = (short) (arc.y() + target.originY());
        int x2 = x1 + arc.width() + 1, y2 = y1 + arc.height() + 1;
        if (x2 > Short.MAX_VALUE || y2 > Short.MAX_VALUE) return false;
        return target.clip() == null || target.clip().containsBox(x1, y1, x2, y2);
    }

    private static ArcSpec[] read(int[] arcs, int count) {
        if (arcs == null) return new ArcSpec[0];
        int n = Math.max(0, Math.min(count, arcs.length / 6));
        ArcSpec[] list = new ArcSpec[n];
        for (int i = 0; i < n; i++) list[i] = ArcSpec.at(arcs, i);
        return list;
    }

    /**
     * The dash list as X.Org uses it: an odd-length list counts as itself twice (the protocol's
     * rule, applied by dix when the list is set), and each dash is 1..255 so loops stay finite.
     */
    private static int[] sanitizedDashes(int[] dashes) {
        if (dashes == null || dashes.length == 0) return new int[] {4, 4};
        int n = dashes.length, m = (n & 1) != 0 ? 2 * n : n;
        int[] d = new int[m];
        for (int i = 0; i < m; i++) d[i] = Math.clamp(dashes[i % n], 1, 255);
        return d;
    }
}
