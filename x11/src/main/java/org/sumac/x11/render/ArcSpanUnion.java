package org.sumac.x11.render;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * A set of pixels kept as per-row unions of half-open x intervals. Wide arcs collect their spans
 * here so that overlapping pieces paint each pixel once, as X.Org achieves with its merged
 * "final spans" list and its scratch bitmap.
 */
final class ArcSpanUnion {
    /** Per row: sorted, disjoint, non-touching intervals as [x1, x2) pairs. */
    private final TreeMap<Integer, int[]> rows = new TreeMap<>();

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void clear() {
        rows.clear();
    }

    /** Adds [x1, x2) on row y; empty or inverted intervals add nothing. */
    void add(int y, int x1, int x2) {
        if (x2 <= x1) return;
        int[] row = rows.get(y);
        if (row == null) {
            rows.put(y, new int[] {x1, x2});
            return;
        }
        int n = row.length;
        int[] out = new int[n + 2];
        int o = 0, i = 0;
        while (i < n && row[i + 1] < x1) {
            out[o++] = row[i];
            out[o++] = row[i + 1];
            i += 2;
        }
        int a = x1, b = x2;
        while (i < n && row[i] <= b) {
            a = Math.min(a, row[i]);
            b = Math.max(b, row[i + 1]);
            i += 2;
        }
        out[o++] = a;
        out[o++] = b;
        while (i < n) {
            out[o++] = row[i];
            out[o++] = row[i + 1];
            i += 2;
        }
        rows.put(y, o == out.length ? out : Arrays.copyOf(out, o));
    }

    void addAll(ArcSpanUnion other) {
        other.rows.forEach((y, row) -> {
            for (int i = 0; i < row.length; i += 2) add(y, row[i], row[i + 1]);
        });
    }

    /** Emits every interval, top to bottom, limited to [clipX1, clipX2) x [clipY1, clipY2). */
    void emit(SpanSink sink, int clipX1, int clipY1, int clipX2, int clipY2) {
        rows.forEach((y, row) -> {
            if (y < clipY1 || y >= clipY2) return;
            for (int i = 0; i < row.length; i += 2) {
                int a = Math.max(row[i], clipX1), b = Math.min(row[i + 1], clipX2);
                if (b > a) sink.span(a, y, b - a);
            }
        });
    }

    void emit(SpanSink sink) {
        emit(sink, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }
}
