package org.sumac.x11.render;

import java.util.Arrays;
import java.util.HashMap;

/**
 * A set of pixels built from horizontal runs. Wide arcs collect their spans here so that
 * overlapping pieces paint each pixel once, as X.Org achieves with its merged "final spans" list
 * and its scratch bitmap. Runs are only appended; they are sorted and merged per row when the
 * set is emitted, so thousands of dashes on one row stay cheap.
 */
final class ArcSpanUnion {
    /** Per row: [count, then runs packed as x1 << 32 | (x2 biased), so that longs sort by x1, x2]. */
    private final HashMap<Integer, long[]> rows = new HashMap<>();

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void clear() {
        rows.clear();
    }

    private static long pack(int x1, int x2) {
        return ((long) x1 << 32) | ((x2 ^ Integer.MIN_VALUE) & 0xFFFFFFFFL);
    }

    /** Adds [x1, x2) on row y; empty or inverted runs add nothing. */
    void add(int y, int x1, int x2) {
        if (x2 <= x1) return;
        long[] row = rows.get(y);
        if (row == null) {
            row = new long[5];
            rows.put(y, row);
        } else if (row[0] + 1 >= row.length) {
            row = Arrays.copyOf(row, row.length * 2);
            rows.put(y, row);
        }
        row[(int) ++row[0]] = pack(x1, x2);
    }

    void addAll(ArcSpanUnion other) {
        other.rows.forEach((y, row) -> {
            for (int i = 1; i <= row[0]; i++) {
                add(y, (int) (row[i] >> 32), (int) row[i] ^ Integer.MIN_VALUE);
            }
        });
    }

    /** Emits the union, top to bottom, limited to [clipX1, clipX2) x [clipY1, clipY2). */
    void emit(SpanSink sink, int clipX1, int clipY1, int clipX2, int clipY2) {
        Integer[] ys = rows.keySet().toArray(new Integer[0]);
        Arrays.sort(ys);
        for (int y : ys) {
            if (y < clipY1 || y >= clipY2) continue;
            long[] row = rows.get(y);
            int n = (int) row[0];
            Arrays.sort(row, 1, n + 1); // by x1, then x2
            int a = 0, b = 0;
            boolean open = false;
            for (int i = 1; i <= n; i++) {
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
