package org.sumac.x11.render;

import java.util.Arrays;

/**
 * A set of pixels built from horizontal runs. Wide arcs collect their spans here so that
 * overlapping pieces paint each pixel once, as X.Org achieves with its merged "final spans" list
 * and its scratch bitmap. Runs are only appended; they are sorted and merged per row when the
 * set is emitted, so thousands of dashes on one row stay cheap. Rows live in a window of y
 * values that grows as needed (a group's rows are close together).
 */
final class ArcSpanUnion {
    /** rows[y - base]: runs packed as x1 << 32 | (x2 biased), so that longs sort by x1, x2. */
    private long[][] rows = new long[0][];
    private int[] counts = new int[0];
    private int base;
    private int minY = Integer.MAX_VALUE, maxY = Integer.MIN_VALUE;

    boolean isEmpty() {
        return minY > maxY;
    }

    void clear() {
        if (!isEmpty()) Arrays.fill(counts, minY - base, maxY - base + 1, 0);
        minY = Integer.MAX_VALUE;
        maxY = Integer.MIN_VALUE;
    }

    private static long pack(int x1, int x2) {
        return ((long) x1 << 32) | ((x2 ^ Integer.MIN_VALUE) & 0xFFFFFFFFL);
    }

    /** Adds [x1, x2) on row y; empty or inverted runs add nothing. */
    void add(int y, int x1, int x2) {
        if (x2 <= x1) return;
        long i = (long) y - base;
        if (i < 0 || i >= rows.length) {
            makeRoom(y);
            i = (long) y - base;
        }
        int r = (int) i;
        long[] row = rows[r];
        int n = counts[r];
        if (row == null || n == row.length) {
            row = row == null ? new long[4] : Arrays.copyOf(row, n * 2);
            rows[r] = row;
        }
        row[n] = pack(x1, x2);
        counts[r] = n + 1;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
    }

    /** Grows the row window so that it covers y (and what is in use). */
    private void makeRoom(int y) {
        if (rows.length == 0) {
            base = y - 16;
            rows = new long[64][];
            counts = new int[64];
            return;
        }
        long lo = Math.min((long) base, y), hi = Math.max((long) base + rows.length, (long) y + 1);
        long size = Math.max(hi - lo, 2L * rows.length);
        if (y < base) lo = hi - size;
        long[][] nr = new long[(int) size][];
        int[] nc = new int[(int) size];
        int shift = (int) (base - lo);
        System.arraycopy(rows, 0, nr, shift, rows.length);
        System.arraycopy(counts, 0, nc, shift, counts.length);
        rows = nr;
        counts = nc;
        base = (int) lo;
    }

    /** Emits the union, top to bottom, limited to [clipX1, clipX2) x [clipY1, clipY2). */
    void emit(SpanSink sink, int clipX1, int clipY1, int clipX2, int clipY2) {
        for (int y = Math.max(minY, clipY1); y <= maxY && y < clipY2; y++) {
            int r = y - base, n = counts[r];
            if (n == 0) continue;
            long[] row = rows[r];
            Arrays.sort(row, 0, n); // by x1, then x2
            int a = 0, b = 0;
            boolean open = false;
            for (int i = 0; i < n; i++) {
                int x1 = (int) (row[i] >> 32), x2 = (int) row[i] ^ Integer.MIN_VALUE;
                if (open && x1 <= b) {
                    b = Math.max(b, x2);
                    continue;
                }
                if (open) clipped(sink, y, a, b, clipX1, clipX2);
                a = x1;
                b = x2;
                open = true;
            }
            if (open) clipped(sink, y, a, b, clipX1, clipX2);
        }
    }

    private static void clipped(SpanSink sink, int y, int a, int b, int clipX1, int clipX2) {
        a = Math.max(a, clipX1);
        b = Math.min(b, clipX2);
        if (b > a) sink.span(a, y, b - a);
    }

    void emit(SpanSink sink) {
        emit(sink, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }
}
