package org.sumac.x11.geom;

import java.util.Arrays;

/**
 * An immutable set of pixels stored as y-x banded rectangles, the representation X servers use
 * for clip lists, exposures and damage. Rectangles are half-open: [x1, x2) x [y1, y2). Bands are
 * sorted by y; inside a band rectangles share y1/y2, are sorted by x and never touch, and
 * vertically adjacent bands with the same x-spans are merged, so equal sets have equal arrays.
 */
public final class Region {
    public static final Region EMPTY = new Region(new int[0], 0);

    /** Quadruples x1, y1, x2, y2. */
    private final int[] r;
    private final int count;

    private Region(int[] r, int count) {
        this.r = r;
        this.count = count;
    }

    public static Region of(int x, int y, int width, int height) {
        if (width <= 0 || height <= 0) return EMPTY;
        return new Region(new int[] {x, y, x + width, y + height}, 1);
    }

    public static Region ofBox(int x1, int y1, int x2, int y2) {
        if (x2 <= x1 || y2 <= y1) return EMPTY;
        return new Region(new int[] {x1, y1, x2, y2}, 1);
    }

    /** Builds a region from arbitrary, possibly overlapping rectangles given as x, y, w, h. */
    public static Region ofRects(int[] xywh, int n) {
        if (n == 0) return EMPTY;
        if (n == 1) return of(xywh[0], xywh[1], xywh[2], xywh[3]);
        // Sweep: collect distinct y edges, and for each band the union of x intervals.
        int[] ys = new int[n * 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (xywh[i * 4 + 2] <= 0 || xywh[i * 4 + 3] <= 0) continue;
            ys[k++] = xywh[i * 4 + 1];
            ys[k++] = xywh[i * 4 + 1] + xywh[i * 4 + 3];
        }
        if (k == 0) return EMPTY;
        Arrays.sort(ys, 0, k);
        Builder b = new Builder(n * 2);
        int[] xs = new int[n * 2];
        for (int yi = 0; yi + 1 < k; yi++) {
            int y1 = ys[yi], y2 = ys[yi + 1];
            if (y1 == y2) continue;
            int m = 0;
            for (int i = 0; i < n; i++) {
                int ry = xywh[i * 4 + 1], rh = xywh[i * 4 + 3], rw = xywh[i * 4 + 2];
                if (rw <= 0 || rh <= 0 || ry > y1 || ry + rh < y2) continue;
                xs[m++] = xywh[i * 4];
                xs[m++] = xywh[i * 4] + rw;
            }
            if (m == 0) continue;
            // Sort intervals by start and merge.
            long[] iv = new long[m / 2];
            for (int i = 0; i < m / 2; i++) iv[i] = ((long) xs[i * 2] << 32) | (xs[i * 2 + 1] & 0xffffffffL);
            Arrays.sort(iv);
            int cx1 = (int) (iv[0] >> 32), cx2 = (int) iv[0];
            for (int i = 1; i < iv.length; i++) {
                int a = (int) (iv[i] >> 32), c = (int) iv[i];
                if (a <= cx2) { if (c > cx2) cx2 = c; }
                else { b.add(cx1, y1, cx2, y2); cx1 = a; cx2 = c; }
            }
            b.add(cx1, y1, cx2, y2);
            b.closeBand();
        }
        return b.build();
    }

    public boolean isEmpty() { return count == 0; }
    public int rectCount() { return count; }
    public int x1(int i) { return r[i * 4]; }
    public int y1(int i) { return r[i * 4 + 1]; }
    public int x2(int i) { return r[i * 4 + 2]; }
    public int y2(int i) { return r[i * 4 + 3]; }

    /** Bounding box as {x1, y1, x2, y2}; all zero when empty. */
    public int[] extents() {
        if (count == 0) return new int[4];
        int minX = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, r[i * 4]);
            maxX = Math.max(maxX, r[i * 4 + 2]);
        }
        return new int[] {minX, r[1], maxX, r[count * 4 - 1]};
    }

    public boolean contains(int x, int y) {
        for (int i = 0; i < count; i++) {
            int b = i * 4;
            if (y < r[b + 1]) return false;
            if (y < r[b + 3] && x >= r[b] && x < r[b + 2]) return true;
        }
        return false;
    }

    /** True when the rectangle [x1,x2) x [y1,y2) lies wholly inside this region. */
    public boolean containsBox(int x1, int y1, int x2, int y2) {
        return Region.ofBox(x1, y1, x2, y2).subtract(this).isEmpty();
    }

    public boolean intersectsBox(int x1, int y1, int x2, int y2) {
        for (int i = 0; i < count; i++) {
            int b = i * 4;
            if (r[b + 1] >= y2) return false;
            if (r[b + 3] > y1 && r[b] < x2 && r[b + 2] > x1) return true;
        }
        return false;
    }

    public Region translate(int dx, int dy) {
        if (count == 0 || (dx == 0 && dy == 0)) return this;
        int[] t = new int[count * 4];
        for (int i = 0; i < count * 4; i += 4) {
            t[i] = r[i] + dx; t[i + 1] = r[i + 1] + dy; t[i + 2] = r[i + 2] + dx; t[i + 3] = r[i + 3] + dy;
        }
        return new Region(t, count);
    }

    public Region union(Region o) { return combine(this, o, OP_UNION); }
    public Region intersect(Region o) { return combine(this, o, OP_INTERSECT); }
    public Region subtract(Region o) { return combine(this, o, OP_SUBTRACT); }
    public Region xor(Region o) { return this.subtract(o).union(o.subtract(this)); }

    public Region intersectBox(int x1, int y1, int x2, int y2) {
        if (count == 0) return this;
        int[] e = extents();
        if (e[0] >= x1 && e[1] >= y1 && e[2] <= x2 && e[3] <= y2) return this;
        // one rectangle (most windows' clip): the general band merge cost more than the drawing of a small Composite
        if (count == 1) return ofBox(Math.max(r[0], x1), Math.max(r[1], y1), Math.min(r[2], x2), Math.min(r[3], y2));
        return intersect(ofBox(x1, y1, x2, y2));
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof Region g) || g.count != count) return false;
        return Arrays.equals(r, 0, count * 4, g.r, 0, count * 4);
    }

    @Override public int hashCode() { return Arrays.hashCode(Arrays.copyOf(r, count * 4)); }

    @Override public String toString() {
        StringBuilder s = new StringBuilder("Region[");
        for (int i = 0; i < count; i++) {
            if (i > 0) s.append(' ');
            s.append(r[i * 4]).append(',').append(r[i * 4 + 1]).append('-').append(r[i * 4 + 2]).append(',').append(r[i * 4 + 3]);
        }
        return s.append(']').toString();
    }

    private static final int OP_UNION = 0, OP_INTERSECT = 1, OP_SUBTRACT = 2;

    private static Region combine(Region a, Region b, int op) {
        if (op == OP_UNION) { if (a.count == 0) return b; if (b.count == 0) return a; }
        if (op == OP_INTERSECT && (a.count == 0 || b.count == 0)) return EMPTY;
        if (op == OP_SUBTRACT && (a.count == 0 || b.count == 0)) return a;
        // Walk both regions band by band over the union of their y edges.
        Builder out = new Builder(a.count + b.count + 4);
        int ia = 0, ib = 0;
        int y = Math.min(a.r[1], b.r[1]);
        int[] xa = new int[a.count * 2 + 2], xb = new int[b.count * 2 + 2], xo = new int[(a.count + b.count) * 2 + 4];
        while (true) {
            // Skip bands wholly above y.
            while (ia < a.count && a.r[ia * 4 + 3] <= y) ia++;
            while (ib < b.count && b.r[ib * 4 + 3] <= y) ib++;
            if (ia >= a.count && ib >= b.count) break;
            if (op != OP_UNION && ia >= a.count) break;
            if (op == OP_INTERSECT && ib >= b.count) break;
            int aTop = ia < a.count ? a.r[ia * 4 + 1] : Integer.MAX_VALUE;
            int bTop = ib < b.count ? b.r[ib * 4 + 1] : Integer.MAX_VALUE;
            if (y < Math.min(aTop, bTop)) y = Math.min(aTop, bTop);
            boolean inA = ia < a.count && aTop <= y;
            boolean inB = ib < b.count && bTop <= y;
            int yEnd = Integer.MAX_VALUE;
            if (inA) yEnd = Math.min(yEnd, a.r[ia * 4 + 3]); else if (ia < a.count) yEnd = Math.min(yEnd, aTop);
            if (inB) yEnd = Math.min(yEnd, b.r[ib * 4 + 3]); else if (ib < b.count) yEnd = Math.min(yEnd, bTop);
            int na = inA ? spans(a, ia, xa) : 0;
            int nb = inB ? spans(b, ib, xb) : 0;
            int no = merge(xa, na, xb, nb, op, xo);
            for (int i = 0; i < no; i += 2) out.add(xo[i], y, xo[i + 1], yEnd);
            out.closeBand();
            y = yEnd;
        }
        return out.build();
    }

    /** Copies the x intervals of the band starting at rect index i into xs; returns the int count. */
    private static int spans(Region g, int i, int[] xs) {
        int y1 = g.r[i * 4 + 1], n = 0;
        while (i < g.count && g.r[i * 4 + 1] == y1) {
            xs[n++] = g.r[i * 4];
            xs[n++] = g.r[i * 4 + 2];
            i++;
        }
        return n;
    }

    private static int merge(int[] a, int na, int[] b, int nb, int op, int[] out) {
        // Sweep over the sorted interval endpoints of both lists, tracking membership.
        int i = 0, j = 0, n = 0;
        boolean inA = false, inB = false, was = false;
        int start = 0;
        while (i < na || j < nb) {
            int x;
            int pa = i < na ? a[i] : Integer.MAX_VALUE, pb = j < nb ? b[j] : Integer.MAX_VALUE;
            x = Math.min(pa, pb);
            while (i < na && a[i] == x) { inA = (i & 1) == 0; i++; }
            while (j < nb && b[j] == x) { inB = (j & 1) == 0; j++; }
            boolean now = switch (op) {
                case OP_UNION -> inA || inB;
                case OP_INTERSECT -> inA && inB;
                default -> inA && !inB;
            };
            if (now && !was) start = x;
            else if (!now && was && x > start) { out[n++] = start; out[n++] = x; }
            was = now;
        }
        return n;
    }

    /** Accumulates bands in order, merging a band into the previous one when their spans agree. */
    public static final class Builder {
        private int[] r;
        private int count, bandStart, prevBandStart = -1;

        public Builder(int capacity) { r = new int[Math.max(4, capacity * 4)]; }

        /** Adds a rectangle to the current band; bands must be added top to bottom, x ascending. */
        public void add(int x1, int y1, int x2, int y2) {
            if (x2 <= x1 || y2 <= y1) return;
            if (count > bandStart) {
                int last = (count - 1) * 4;
                if (r[last + 2] == x1 && r[last + 1] == y1) { r[last + 2] = x2; return; }
            }
            if (count * 4 + 4 > r.length) r = Arrays.copyOf(r, r.length * 2);
            int b = count * 4;
            r[b] = x1; r[b + 1] = y1; r[b + 2] = x2; r[b + 3] = y2;
            count++;
        }

        /** Ends the current band, coalescing it with the band above when they have the same spans. */
        public void closeBand() {
            int n = count - bandStart;
            if (n > 0 && prevBandStart >= 0 && bandStart - prevBandStart == n
                    && r[prevBandStart * 4 + 3] == r[bandStart * 4 + 1]) {
                boolean same = true;
                for (int i = 0; i < n && same; i++) {
                    same = r[(prevBandStart + i) * 4] == r[(bandStart + i) * 4]
                        && r[(prevBandStart + i) * 4 + 2] == r[(bandStart + i) * 4 + 2];
                }
                if (same) {
                    int y2 = r[bandStart * 4 + 3];
                    for (int i = 0; i < n; i++) r[(prevBandStart + i) * 4 + 3] = y2;
                    count = bandStart;
                    return;
                }
            }
            if (n > 0) prevBandStart = bandStart;
            bandStart = count;
        }

        public Region build() {
            closeBand();
            return count == 0 ? EMPTY : new Region(Arrays.copyOf(r, count * 4), count);
        }
    }
}
