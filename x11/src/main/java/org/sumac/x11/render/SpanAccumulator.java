package org.sumac.x11.render;

import java.util.Arrays;

/**
 * Collects the spans of one request and paints their union, so that each pixel is painted at
 * most once. mi does this (span groups, miFillUniqueSpanGroup) for wide lines and dashes when
 * the GC function is not idempotent (GXxor, GXinvert, ...): overlapping pieces of one shape
 * must not toggle a pixel twice. Spans are cut to the clip extents on entry; the clip cannot
 * change the union, and this keeps the per-row buckets small.
 */
public final class SpanAccumulator implements SpanSink {
    private final Painter painter;
    private int[] ys = new int[64], x1s = new int[64], x2s = new int[64];
    private int n;

    public SpanAccumulator(Painter painter) {
        this.painter = painter;
    }

    /** mi's "careful" functions: those for which painting a pixel twice differs from once. */
    public static boolean needsUnion(int function) {
        return (function & 0xc) == 0x8 || (function & 0x3) == 0x2;
    }

    @Override
    public void span(int x, int y, int width) {
        if (width <= 0) return;
        long bx1 = (long) x + painter.originX();
        long by = (long) y + painter.originY();
        if (by < painter.clipY1 || by >= painter.clipY2) return;
        int a = (int) Math.max(bx1, painter.clipX1);
        int b = (int) Math.min(bx1 + width, painter.clipX2);
        if (a >= b) return;
        if (n == ys.length) {
            ys = Arrays.copyOf(ys, n * 2);
            x1s = Arrays.copyOf(x1s, n * 2);
            x2s = Arrays.copyOf(x2s, n * 2);
        }
        ys[n] = (int) by;
        x1s[n] = a;
        x2s[n] = b;
        n++;
    }

    public boolean isEmpty() {
        return n == 0;
    }

    /** Paints the union of everything collected so far and forgets it. */
    public void flush() {
        if (n == 0) return;
        int y0 = painter.clipY1, rows = painter.clipY2 - y0;
        // Bucket by row (counting sort), then sort each row by x and merge overlaps.
        int[] start = new int[rows + 1];
        for (int i = 0; i < n; i++) start[ys[i] - y0 + 1]++;
        for (int r = 0; r < rows; r++) start[r + 1] += start[r];
        long[] sorted = new long[n];
        int[] fillPos = Arrays.copyOf(start, rows);
        for (int i = 0; i < n; i++) sorted[fillPos[ys[i] - y0]++] = ((long) x1s[i] << 32) | x2s[i];
        for (int r = 0; r < rows; r++) {
            int s = start[r], e = start[r + 1];
            if (s == e) continue;
            Arrays.sort(sorted, s, e);
            int cx1 = (int) (sorted[s] >> 32), cx2 = (int) sorted[s];
            for (int i = s + 1; i < e; i++) {
                int a = (int) (sorted[i] >> 32), b = (int) sorted[i];
                if (a <= cx2) {
                    if (b > cx2) cx2 = b;
                } else {
                    painter.bufferSpanClipped(cx1, r + y0, cx2);
                    cx1 = a;
                    cx2 = b;
                }
            }
            painter.bufferSpanClipped(cx1, r + y0, cx2);
        }
        n = 0;
    }
}
