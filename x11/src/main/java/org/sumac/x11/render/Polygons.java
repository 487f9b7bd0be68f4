package org.sumac.x11.render;

import java.util.Arrays;

/**
 * FillPoly as mi scan-converts it. Both of mi's fillers step each edge with the same integer
 * Bresenham scheme (a pixel is inside when its centre is inside the polygon, left edges
 * inclusive, right edges exclusive, the bottom scanline excluded), so a convex polygon gets the
 * same pixels whatever the shape hint. For a Convex hint on a polygon that is not convex, mi's
 * convex filler behaves in its own way (it may draw nothing); Xvfb does that too, so we keep it.
 */
public final class Polygons {
    public static final int SHAPE_COMPLEX = 0, SHAPE_NONCONVEX = 1, SHAPE_CONVEX = 2;

    private Polygons() {
    }

    /** FillPoly of {@code count} points (x, y pairs, CoordModeOrigin) with shape Complex. */
    public static void fill(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        fill(target, gc, SHAPE_COMPLEX, coords, count);
    }

    /** FillPoly with the request's shape hint. */
    public static void fill(DrawTarget target, GraphicsContext gc, int shape, int[] coords, int count) {
        count = Math.min(count, coords.length / 2);
        if (count < 3) return;
        Painter p = Painter.fill(target, gc);
        if (p.clipEmpty()) return;
        if (shape == SHAPE_CONVEX) fillConvex(p, coords, count);
        else fillGeneral(p, coords, count, gc.fillRule == GraphicsContext.RULE_WINDING);
        target.wroteAround(coords, count, 2, false, 1);
    }

    /**
     * Integer edge walker shared by both fillers: x advances by m or m1 per scanline with the
     * decision variable d; the half-pixel offset is folded into d's start value.
     */
    static final class Edge {
        int x, d, m, m1, incr1, incr2;
        int yTop, yLast;
        boolean clockwise;

        /** Sets up an edge from (x1, top) going down dy scanlines to x2; dy must not be 0. */
        void init(int dy, int x1, int x2) {
            x = x1;
            int dx = x2 - x1;
            m = dx / dy;
            if (dx < 0) {
                m1 = m - 1;
                incr1 = -2 * dx + 2 * dy * m1;
                incr2 = -2 * dx + 2 * dy * m;
                d = 2 * m * dy - 2 * dx - 2 * dy;
            } else {
                m1 = m + 1;
                incr1 = 2 * dx - 2 * dy * m1;
                incr2 = 2 * dx - 2 * dy * m;
                d = -2 * m * dy + 2 * dx;
            }
        }

        void step() {
            if (m1 > 0 ? d > 0 : d >= 0) {
                x += m1;
                d += incr1;
            } else {
                x += m;
                d += incr2;
            }
        }
    }

    /** mi's edge-table filler (miFillGeneralPoly), EvenOdd or Winding. */
    static void fillGeneral(SpanSink sink, int[] pts, int count, boolean winding) {
        Edge[] edges = new Edge[count];
        int n = 0;
        long etMin = Long.MAX_VALUE, etMax = Long.MIN_VALUE;
        int px = pts[(count - 1) * 2], py = pts[(count - 1) * 2 + 1];
        for (int i = 0; i < count; i++) {
            int cx = pts[i * 2], cy = pts[i * 2 + 1];
            if (py != cy) {
                Edge e = new Edge();
                boolean prevBelow = py > cy;
                int tx = prevBelow ? cx : px, ty = prevBelow ? cy : py;
                int bx = prevBelow ? px : cx, by = prevBelow ? py : cy;
                e.clockwise = !prevBelow;
                e.yTop = ty;
                e.yLast = by - 1;
                e.init(by - ty, tx, bx);
                edges[n++] = e;
                // mi takes the table's y range from the edges' first points.
                etMax = Math.max(etMax, py);
                etMin = Math.min(etMin, py);
            }
            px = cx;
            py = cy;
        }
        if (n == 0) return;
        // Stable order by top y, then by x as mi inserts edges into its table.
        Edge[] byTop = Arrays.copyOf(edges, n);
        Arrays.sort(byTop, (a, b) -> a.yTop != b.yTop ? Integer.compare(a.yTop, b.yTop) : Integer.compare(a.x, b.x));
        Edge[] active = new Edge[n];
        int nActive = 0, next = 0;
        for (long yl = etMin; yl < etMax; yl++) {
            int y = (int) yl;
            while (next < n && byTop[next].yTop == y) active[nActive++] = byTop[next++];
            while (next < n && byTop[next].yTop < y) next++; // cannot happen; guards odd input
            // Keep the active list sorted by x (insertion sort: nearly sorted between scanlines).
            for (int i = 1; i < nActive; i++) {
                Edge e = active[i];
                int j = i - 1;
                while (j >= 0 && active[j].x > e.x) {
                    active[j + 1] = active[j];
                    j--;
                }
                active[j + 1] = e;
            }
            if (!winding) {
                for (int i = 0; i + 1 < nActive; i += 2) sink.span(active[i].x, y, active[i + 1].x - active[i].x);
            } else {
                int w = 0, start = 0;
                for (int i = 0; i < nActive; i++) {
                    Edge e = active[i];
                    int before = w;
                    w += e.clockwise ? 1 : -1;
                    if (before == 0 && w != 0) start = e.x;
                    else if (before != 0 && w == 0) sink.span(start, y, e.x - start);
                }
            }
            // Step edges; drop those whose last scanline this was.
            int k = 0;
            for (int i = 0; i < nActive; i++) {
                Edge e = active[i];
                if (e.yLast == y) continue;
                e.step();
                active[k++] = e;
            }
            nActive = k;
            if (nActive == 0 && next >= n) break;
        }
    }

    /** mi's convex filler (miFillConvexPoly): walks a left and a right chain from the top vertex. */
    static void fillConvex(SpanSink sink, int[] pts, int count) {
        int imin = 0, ymin = pts[1], ymax = pts[1];
        for (int i = 1; i < count; i++) {
            int y = pts[i * 2 + 1];
            if (y < ymin) {
                ymin = y;
                imin = i;
            }
            if (y > ymax) ymax = y;
        }
        Edge left = new Edge(), right = new Edge();
        int nextLeft = imin, nextRight = imin;
        int y = pts[imin * 2 + 1];
        int[] spanX = new int[Math.max(0, Math.min(ymax - ymin + 1, 1 << 20))];
        int[] spanW = new int[spanX.length];
        int nSpans = 0;
        // Bounded: a convex walk visits each vertex once per chain; anything longer is bad input.
        long guard = 4L * count + 8;
        do {
            if (--guard < 0) return;
            if (pts[nextLeft * 2 + 1] == y) {
                int l = nextLeft;
                if (++nextLeft >= count) nextLeft = 0;
                int dy = pts[nextLeft * 2 + 1] - pts[l * 2 + 1];
                if (dy != 0) left.init(dy, pts[l * 2], pts[nextLeft * 2]);
            }
            if (pts[nextRight * 2 + 1] == y) {
                int r = nextRight;
                if (--nextRight < 0) nextRight = count - 1;
                int dy = pts[nextRight * 2 + 1] - pts[r * 2 + 1];
                if (dy != 0) right.init(dy, pts[r * 2], pts[nextRight * 2]);
            }
            int i = Math.min(pts[nextLeft * 2 + 1], pts[nextRight * 2 + 1]) - y;
            if (i < 0) return; // not convex: mi gives up and draws nothing
            while (i-- > 0) {
                if (nSpans == spanX.length) return;
                int xl = left.x, xr = right.x;
                spanX[nSpans] = Math.min(xl, xr);
                spanW[nSpans] = Math.abs(xr - xl);
                nSpans++;
                y++;
                left.step();
                right.step();
            }
        } while (y != ymax);
        for (int s = 0; s < nSpans; s++) sink.span(spanX[s], ymin + s, spanW[s]);
    }
}
