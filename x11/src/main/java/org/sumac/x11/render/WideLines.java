package org.sumac.x11.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wide lines (line-width >= 1) with the pixels of mi's wide-line code (miWideLine, miWideDash),
 * which Xvfb uses through fb. Each segment is a polygon whose edges are stepped with integer
 * arithmetic from exact double-precision corner positions; joins and caps are extra polygons or
 * integer/double circle scans. The arithmetic order follows mi's so that rounding agrees.
 *
 * <p>Requests whose GC function is not idempotent (GXxor, GXinvert, ...) collect the spans of one
 * PolyLine call and paint each pixel once (mi's span groups); for DoubleDash the later of the
 * foreground/background pieces wins a pixel. Idempotent functions paint pieces directly, in mi's
 * order, which decides the colour where foreground and background dashes meet.
 */
public final class WideLines {
    private WideLines() {
    }

    /** PolyLine with {@code count} points as x, y pairs (CoordModeOrigin), line-width >= 1. */
    public static void polyLine(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 2);
        if (count < 2) return;
        Job job = new Job(target, gc, count);
        if (job.clipEmpty) return;
        job.polyline(coords, 0, count);
        job.finish();
    }

    /** PolySegment: mi draws each segment as its own two-point PolyLine. */
    public static void polySegment(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 4);
        for (int i = 0; i < count; i++) {
            Job job = new Job(target, gc, 2);
            if (job.clipEmpty) return;
            job.polyline(coords, i * 4, 2);
            job.finish();
        }
    }

    /**
     * PolyRectangle with line-width >= 1. Solid mitred outlines become four filled rectangles
     * (mi's miPolyRectangle, with its clamping to 16-bit coordinates); other styles draw each
     * rectangle as a closed five-point PolyLine.
     */
    public static void polyRectangle(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 4);
        if (count <= 0) return;
        int lw = gc.lineWidth;
        if (gc.lineStyle == GraphicsContext.LINE_SOLID && gc.joinStyle == GraphicsContext.JOIN_MITER) {
            int offset2 = lw, offset1 = offset2 >> 1, offset3 = offset2 - offset1;
            int[] rects = new int[count * 16];
            int n = 0;
            for (int i = 0; i < count; i++) {
                int x = coords[i * 4], y = coords[i * 4 + 1], w = coords[i * 4 + 2], h = coords[i * 4 + 3];
                if (w == 0 && h == 0) {
                    int[] pt = {x, y, x, y};
                    polyLine(target, gc, pt, 2);
                } else if (h < offset2 || w < offset1) {
                    int rx, rw, ry, rh;
                    if (h == 0) { rx = x; rw = w; } else { rx = minBound(x - offset1); rw = maxUBound(w + offset2); }
                    if (w == 0) { ry = y; rh = h; } else { ry = minBound(y - offset1); rh = maxUBound(h + offset2); }
                    n = put(rects, n, rx, ry, rw, rh);
                } else {
                    n = put(rects, n, minBound(x - offset1), minBound(y - offset1), maxUBound(w + offset2), offset2);
                    n = put(rects, n, minBound(x - offset1), maxBound(y + offset3), offset2, h - offset2);
                    n = put(rects, n, maxBound(x + w - offset1), maxBound(y + offset3), offset2, h - offset2);
                    n = put(rects, n, minBound(x - offset1), maxBound(y + h - offset1), maxUBound(w + offset2), offset2);
                }
            }
            FillRectangles.paint(target, gc, rects, n);
            return;
        }
        int[] pts = new int[10];
        for (int i = 0; i < count; i++) {
            ZeroWidthLines.rectanglePath(coords[i * 4], coords[i * 4 + 1], coords[i * 4 + 2], coords[i * 4 + 3], pts);
            polyLine(target, gc, pts, 5);
        }
    }

    private static int put(int[] r, int n, int x, int y, int w, int h) {
        // The request stores x, y as INT16 and width, height as CARD16.
        r[n * 4] = (short) x;
        r[n * 4 + 1] = (short) y;
        r[n * 4 + 2] = w & 0xffff;
        r[n * 4 + 3] = h & 0xffff;
        return n + 1;
    }

    private static int minBound(int v) { return Math.max(v, -32768); }
    private static int maxBound(int v) { return Math.min(v, 32767); }
    private static int maxUBound(int v) { return Math.min(v, 65535); }

    /** mi's ICEIL: ceiling of a double as an int. */
    static int iceil(double x) {
        int t = (int) x;
        return (x == t || x < 0.0) ? t : t + 1;
    }

    /** One edge of a polygon being scanned: x advances stepx per row plus signdx when e crosses 0. */
    static final class Edge {
        int height, x, stepx, signdx, e, dy, dx;

        void set(Edge o) {
            height = o.height; x = o.x; stepx = o.stepx; signdx = o.signdx; e = o.e; dy = o.dy; dx = o.dx;
        }
    }

    /** One end of a wide segment: corner offset (xa, ya), direction, integer end point, edge constant. */
    static final class Face {
        double xa, ya, k;
        int dx, dy, x, y;

        Face copy() {
            Face f = new Face();
            f.xa = xa; f.ya = ya; f.k = k; f.dx = dx; f.dy = dy; f.x = x; f.y = y;
            return f;
        }
    }

    /** Rows of a scan, one span per row in y order (mi's Spans). */
    static final class SpanList {
        int[] x = new int[16], y = new int[16], w = new int[16];
        int n;

        void add(int sx, int sy, int sw) {
            if (n == x.length) {
                x = java.util.Arrays.copyOf(x, n * 2);
                y = java.util.Arrays.copyOf(y, n * 2);
                w = java.util.Arrays.copyOf(w, n * 2);
            }
            x[n] = sx; y[n] = sy; w[n] = sw;
            n++;
        }

        void insert(int at, int sx, int sy, int sw) {
            add(0, 0, 0);
            System.arraycopy(x, at, x, at + 1, n - 1 - at);
            System.arraycopy(y, at, y, at + 1, n - 1 - at);
            System.arraycopy(w, at, w, at + 1, n - 1 - at);
            x[at] = sx; y[at] = sy; w[at] = sw;
        }

        void remove(int at) {
            System.arraycopy(x, at + 1, x, at, n - 1 - at);
            System.arraycopy(y, at + 1, y, at, n - 1 - at);
            System.arraycopy(w, at + 1, w, at, n - 1 - at);
            n--;
        }
    }

    /** A span group: the pieces of one colour, to be painted as a union at the end. */
    static final class SpanGroup {
        final List<SpanList> lists = new ArrayList<>();
        int ymin = Short.MAX_VALUE, ymax = Short.MIN_VALUE;

        /** Removes the rows of {@code sub} from every piece of this group that shares rows with it. */
        void subtract(SpanList sub) {
            int symin = sub.y[0], symax = sub.y[sub.n - 1];
            for (SpanList s : lists) {
                if (s.n == 0 || s.y[0] > symax || symin > s.y[s.n - 1]) continue;
                int j = 0;
                for (int i = 0; i < s.n; i++) {
                    while (j < sub.n && sub.y[j] < s.y[i]) j++;
                    if (j == sub.n) break;
                    if (sub.y[j] != s.y[i]) continue;
                    int xmin = sub.x[j], xmax = xmin + sub.w[j];
                    int sx = s.x[i], ex = sx + s.w[i];
                    if (xmin >= ex || sx >= xmax) continue;
                    if (xmin <= sx) {
                        if (xmax >= ex) {
                            s.remove(i);
                            i--;
                        } else {
                            s.w[i] = ex - xmax;
                            s.x[i] = xmax;
                        }
                    } else if (xmax >= ex) {
                        s.w[i] = xmin - sx;
                    } else {
                        s.insert(i, sx, s.y[i], xmin - sx);
                        i++;
                        s.w[i] = ex - xmax;
                        s.x[i] = xmax;
                    }
                }
            }
        }
    }

    /** Per-request state: GC values, painters and (for non-idempotent functions) span groups. */
    static final class Job {
        final GraphicsContext gc;
        final DrawTarget target;
        final int lw, capStyle, joinStyle, lineStyle;
        final int fgPixel, bgPixel;
        final int[] dash;
        final Painter fgPainter;
        Painter bgPainter;
        /** Non-null when spans are collected (mi's spanData). */
        SpanGroup fgGroup, bgGroup;
        final boolean clipEmpty;

        Job(DrawTarget target, GraphicsContext gc, int npt) {
            this.gc = gc;
            this.target = target;
            lw = gc.lineWidth;
            capStyle = gc.capStyle;
            joinStyle = gc.joinStyle;
            lineStyle = gc.lineStyle;
            fgPixel = gc.foreground;
            bgPixel = gc.background;
            dash = ZeroWidthLines.normalizedDashes(gc.dashes);
            fgPainter = new Painter(target, gc, fgPixel, false);
            clipEmpty = fgPainter.clipEmpty();
            boolean careful = SpanAccumulator.needsUnion(gc.function);
            if (!((npt < 3 && capStyle != GraphicsContext.CAP_ROUND) || !careful)) {
                fgGroup = new SpanGroup();
                if (lineStyle == GraphicsContext.LINE_DOUBLE_DASH) bgGroup = new SpanGroup();
            }
        }

        boolean collecting() {
            return fgGroup != null;
        }

        Painter painter(int pixel) {
            if (pixel == fgPixel) return fgPainter;
            if (bgPainter == null) bgPainter = new Painter(target, gc, pixel, false);
            return bgPainter;
        }

        void polyline(int[] pts, int off, int npt) {
            if (lineStyle == GraphicsContext.LINE_SOLID
                || (lineStyle == GraphicsContext.LINE_DOUBLE_DASH
                    && (gc.fillStyle == GraphicsContext.FILL_OPAQUE_STIPPLED || gc.fillStyle == GraphicsContext.FILL_TILED))) {
                wideLine(pts, off, npt);
            } else {
                wideDash(pts, off, npt);
            }
        }

        /** Paints the collected groups: background pieces first, then foreground. */
        void finish() {
            if (!collecting()) return;
            if (bgGroup != null) paintUnion(bgGroup, painter(bgPixel));
            paintUnion(fgGroup, fgPainter);
        }

        private static void paintUnion(SpanGroup g, Painter p) {
            SpanAccumulator acc = new SpanAccumulator(p);
            for (SpanList s : g.lists) {
                for (int i = 0; i < s.n; i++) acc.span(s.x[i], s.y[i], s.w[i]);
            }
            acc.flush();
        }

        /** mi's fillSpans: paint now, or add to the pixel's group and take the rows from the other. */
        void fillSpans(int pixel, SpanList spans) {
            if (spans.n == 0) return;
            if (!collecting()) {
                Painter p = painter(pixel);
                for (int i = 0; i < spans.n; i++) p.span(spans.x[i], spans.y[i], spans.w[i]);
                return;
            }
            SpanGroup group, other;
            if (pixel == fgPixel) {
                group = fgGroup;
                other = lineStyle == GraphicsContext.LINE_DOUBLE_DASH ? bgGroup : null;
            } else {
                group = bgGroup != null ? bgGroup : fgGroup;
                other = fgGroup;
            }
            int ymin = spans.y[0], ymax = spans.y[spans.n - 1];
            group.ymin = Math.min(group.ymin, ymin);
            group.ymax = Math.max(group.ymax, ymax);
            // Rows outside the clip can never be painted; drop them now so big lines stay cheap.
            // The group's y range above keeps the full extent: mi's overlap test depends on it.
            keepVisibleRows(spans);
            if (spans.n == 0) return;
            group.lists.add(spans);
            if (other != null && other != group && other.ymin < ymax && ymin < other.ymax) other.subtract(spans);
        }

        private void keepVisibleRows(SpanList s) {
            int top = fgPainter.clipY1 - fgPainter.originY(), bottom = fgPainter.clipY2 - fgPainter.originY();
            int k = 0;
            for (int i = 0; i < s.n; i++) {
                if (s.y[i] < top || s.y[i] >= bottom) continue;
                s.x[k] = s.x[i];
                s.y[k] = s.y[i];
                s.w[k] = s.w[i];
                k++;
            }
            s.n = k;
        }

        void fillRect(int pixel, int x, int y, int w, int h) {
            if (!collecting()) {
                // mi calls PolyFillRectangle here, whose width and height are CARD16.
                int cw = w & 0xffff, ch = h & 0xffff;
                if (cw == 0 || ch == 0) return;
                painter(pixel).fillRect(x, y, (long) x + cw, (long) y + ch);
                return;
            }
            SpanList s = new SpanList();
            for (int i = 0; i < h; i++) s.add(x, y + i, w);
            fillSpans(pixel, s);
        }

        void onePoint(int pixel, int x, int y) {
            painter(pixel).span(x, y, 1);
        }

        // ---- polygon scan conversion -------------------------------------------------------

        /** Sets up an edge through (x0, y0) with slope dx/dy (k = x0*dy - y0*dx) offset by (xi, yi). */
        static int buildEdge(double x0, double y0, double k, int dx, int dy, int xi, int yi, boolean left, Edge edge) {
            if (dy < 0) {
                dy = -dy;
                dx = -dx;
                k = -k;
            }
            if (dy == 0) dy = 1; // callers never pass horizontal edges; never divide by zero
            int y = iceil(y0);
            int xady = iceil(k) + y * dx;
            int x = xady <= 0 ? -(-xady / dy) - 1 : (xady - 1) / dy;
            int e = xady - x * dy;
            if (dx >= 0) {
                edge.signdx = 1;
                edge.stepx = dx / dy;
                edge.dx = dx % dy;
            } else {
                edge.signdx = -1;
                edge.stepx = -(-dx / dy);
                edge.dx = -dx % dy;
                e = dy - e + 1;
            }
            edge.dy = dy;
            edge.x = x + (left ? 1 : 0) + xi;
            edge.e = e - dy;
            return y + yi;
        }

        private static int stepAround(int v, int incr, int max) {
            int n = v + incr;
            return n < 0 ? max - 1 : n == max ? 0 : n;
        }

        /**
         * Splits a convex polygon (vertices relative to (xi, yi), with the slope of the edge
         * leaving each vertex) into left and right edge chains. Returns the top y; out receives
         * nleft, nright and the height.
         */
        static int buildPoly(double[] vx, double[] vy, int[] sdx, int[] sdy, double[] sk, int count, int xi, int yi,
                             Edge[] left, Edge[] right, int[] out) {
            int top = 0, bottom = 0;
            double miny = vy[0], maxy = vy[0];
            for (int i = 1; i < count; i++) {
                if (vy[i] < miny) {
                    top = i;
                    miny = vy[i];
                }
                if (vy[i] >= maxy) {
                    bottom = i;
                    maxy = vy[i];
                }
            }
            int clockwise = 1, slopeoff = 0;
            int j = stepAround(top, -1, count);
            if ((long) sdy[j] * sdx[top] > (long) sdy[top] * sdx[j]) {
                clockwise = -1;
                slopeoff = -1;
            }
            int bottomy = iceil(maxy) + yi;
            int nright = 0, lasty = 0, topy = 0;
            int s = stepAround(top, slopeoff, count);
            int i = top;
            while (i != bottom) {
                if (sdy[s] != 0) {
                    int y = buildEdge(vx[i], vy[i], sk[s], sdx[s], sdy[s], xi, yi, false, right[nright]);
                    if (nright != 0) right[nright - 1].height = y - lasty;
                    else topy = y;
                    nright++;
                    lasty = y;
                }
                i = stepAround(i, clockwise, count);
                s = stepAround(s, clockwise, count);
            }
            if (nright != 0) right[nright - 1].height = bottomy - lasty;
            slopeoff = slopeoff == 0 ? -1 : 0;
            int nleft = 0;
            s = stepAround(top, slopeoff, count);
            i = top;
            while (i != bottom) {
                if (sdy[s] != 0) {
                    int y = buildEdge(vx[i], vy[i], sk[s], sdx[s], sdy[s], xi, yi, true, left[nleft]);
                    if (nleft != 0) left[nleft - 1].height = y - lasty;
                    nleft++;
                    lasty = y;
                }
                i = stepAround(i, -clockwise, count);
                s = stepAround(s, -clockwise, count);
            }
            if (nleft != 0) left[nleft - 1].height = bottomy - lasty;
            out[0] = nleft;
            out[1] = nright;
            out[2] = bottomy - topy;
            return topy;
        }

        /** Scans between a left and a right edge chain, both ends inclusive (mi's miFillPolyHelper). */
        void fillPoly(int pixel, int y, Edge[] left, int leftCount, Edge[] right, int rightCount) {
            // Without span groups mi paints each row as it goes; do the same and skip the buffer.
            Painter direct = collecting() ? null : painter(pixel);
            SpanList spans = direct == null ? new SpanList() : null;
            int lx = 0, le = 0, lstep = 0, lsign = 0, ldy = 0, ldx = 0;
            int rx = 0, re = 0, rstep = 0, rsign = 0, rdy = 0, rdx = 0;
            int lh = 0, rh = 0;
            int li = 0, ri = 0;
            long budget = 1L << 24; // rows; guards against absurd input
            while ((li < leftCount || lh != 0) && (ri < rightCount || rh != 0)) {
                if (lh == 0 && li < leftCount) {
                    Edge e = left[li++];
                    lh = e.height; lx = e.x; lstep = e.stepx; lsign = e.signdx; le = e.e; ldy = e.dy; ldx = e.dx;
                }
                if (rh == 0 && ri < rightCount) {
                    Edge e = right[ri++];
                    rh = e.height; rx = e.x; rstep = e.stepx; rsign = e.signdx; re = e.e; rdy = e.dy; rdx = e.dx;
                }
                int height = Math.min(lh, rh);
                lh -= height;
                rh -= height;
                while (--height >= 0) {
                    if (--budget < 0) return;
                    if (rx >= lx) {
                        if (direct != null) direct.span(lx, y, rx - lx + 1);
                        else spans.add(lx, y, rx - lx + 1);
                    }
                    y++;
                    lx += lstep;
                    le += ldx;
                    if (le > 0) {
                        lx += lsign;
                        le -= ldy;
                    }
                    rx += rstep;
                    re += rdx;
                    if (re > 0) {
                        rx += rsign;
                        re -= rdy;
                    }
                }
            }
            if (spans != null) fillSpans(pixel, spans);
        }

        private static Edge[] edges(int n) {
            Edge[] e = new Edge[n];
            for (int i = 0; i < n; i++) e[i] = new Edge();
            return e;
        }

        // ---- segments ----------------------------------------------------------------------

        /** One solid wide segment; fills in its two faces for joins and caps (mi's miWideSegment). */
        void wideSegment(int pixel, int x1, int y1, int x2, int y2, boolean projectLeft, boolean projectRight,
                         Face leftFace, Face rightFace) {
            if (y2 < y1 || (y2 == y1 && x2 < x1)) {
                int t = x1; x1 = x2; x2 = t;
                t = y1; y1 = y2; y2 = t;
                boolean b = projectLeft; projectLeft = projectRight; projectRight = b;
                Face f = leftFace; leftFace = rightFace; rightFace = f;
            }
            int dy = y2 - y1;
            int dx = x2 - x1;
            int signdx = dx < 0 ? -1 : 1;
            leftFace.x = x1; leftFace.y = y1; leftFace.dx = dx; leftFace.dy = dy;
            rightFace.x = x2; rightFace.y = y2; rightFace.dx = -dx; rightFace.dy = -dy;
            if (dy == 0) {
                rightFace.xa = 0;
                rightFace.ya = (double) lw / 2.0;
                rightFace.k = -(double) (lw * dx) / 2.0;
                leftFace.xa = 0;
                leftFace.ya = -rightFace.ya;
                leftFace.k = rightFace.k;
                int x = x1;
                if (projectLeft) x -= lw >> 1;
                int y = y1 - (lw >> 1);
                int w = x2 - x;
                if (projectRight) w += (lw + 1) >> 1;
                fillRect(pixel, x, y, w, lw);
            } else if (dx == 0) {
                leftFace.xa = (double) lw / 2.0;
                leftFace.ya = 0;
                leftFace.k = (double) (lw * dy) / 2.0;
                rightFace.xa = -leftFace.xa;
                rightFace.ya = 0;
                rightFace.k = leftFace.k;
                int y = y1;
                if (projectLeft) y -= lw >> 1;
                int x = x1 - (lw >> 1);
                int h = y2 - y;
                if (projectRight) h += (lw + 1) >> 1;
                fillRect(pixel, x, y, lw, h);
            } else {
                double l = ((double) lw) / 2.0;
                double bigL = Math.sqrt((double) dx * dx + (double) dy * dy);
                Edge[] lefts = edges(2), rights = edges(2);
                Edge left, right, top, bottom;
                if (dx < 0) {
                    right = rights[1]; left = lefts[0]; top = rights[0]; bottom = lefts[1];
                } else {
                    right = rights[0]; left = lefts[1]; top = lefts[0]; bottom = rights[1];
                }
                double r = l / bigL;
                double ya = -r * dx;
                double xa = r * dy;
                double projectXoff = 0.0, projectYoff = 0.0;
                if (projectLeft | projectRight) {
                    projectXoff = -ya;
                    projectYoff = xa;
                }
                double k = l * bigL;
                leftFace.xa = xa; leftFace.ya = ya; leftFace.k = k;
                rightFace.xa = -xa; rightFace.ya = -ya; rightFace.k = k;
                int righty = projectLeft
                    ? buildEdge(xa - projectXoff, ya - projectYoff, k, dx, dy, x1, y1, false, right)
                    : buildEdge(xa, ya, k, dx, dy, x1, y1, false, right);
                ya = -ya;
                xa = -xa;
                k = -k;
                int lefty = projectLeft
                    ? buildEdge(xa - projectXoff, ya - projectYoff, k, dx, dy, x1, y1, true, left)
                    : buildEdge(xa, ya, k, dx, dy, x1, y1, true, left);
                if (signdx > 0) {
                    ya = -ya;
                    xa = -xa;
                }
                int topy;
                if (projectLeft) {
                    double xap = xa - projectXoff, yap = ya - projectYoff;
                    topy = buildEdge(xap, yap, xap * dx + yap * dy, -dy, dx, x1, y1, dx > 0, top);
                } else {
                    topy = buildEdge(xa, ya, 0.0, -dy, dx, x1, y1, dx > 0, top);
                }
                int bottomy;
                double maxy;
                if (projectRight) {
                    double xap = xa + projectXoff, yap = ya + projectYoff;
                    bottomy = buildEdge(xap, yap, xap * dx + yap * dy, -dy, dx, x2, y2, dx < 0, bottom);
                    maxy = -ya + projectYoff;
                } else {
                    bottomy = buildEdge(xa, ya, 0.0, -dy, dx, x2, y2, dx < 0, bottom);
                    maxy = -ya;
                }
                int finaly = iceil(maxy) + y2;
                if (dx < 0) {
                    left.height = bottomy - lefty;
                    right.height = finaly - righty;
                    top.height = righty - topy;
                } else {
                    right.height = bottomy - righty;
                    left.height = finaly - lefty;
                    top.height = lefty - topy;
                }
                bottom.height = finaly - bottomy;
                fillPoly(pixel, topy, lefts, 2, rights, 2);
            }
        }

        // ---- joins and caps ----------------------------------------------------------------

        void lineJoin(int pixel, Face pLeft, Face pRight) {
            double denom = 0.0;
            int join = joinStyle;
            if (lw == 1 && !collecting()) {
                // One of the lines already draws the joining pixel in these cases.
                if (pLeft.dx > 0 || (pLeft.dx == 0 && pLeft.dy > 0)) return;
                if (pRight.dx > 0 || (pRight.dx == 0 && pRight.dy > 0)) return;
                if (join != GraphicsContext.JOIN_ROUND) {
                    denom = -pLeft.dx * (double) pRight.dy + pRight.dx * (double) pLeft.dy;
                    if (denom == 0) return;
                }
                if (join != GraphicsContext.JOIN_MITER) {
                    onePoint(pixel, pLeft.x, pLeft.y);
                    return;
                }
            } else {
                if (join == GraphicsContext.JOIN_ROUND) {
                    lineArc(pixel, pLeft, pRight, 0.0, 0.0, true);
                    return;
                }
                denom = -pLeft.dx * (double) pRight.dy + pRight.dx * (double) pLeft.dy;
                if (denom == 0.0) return;
            }
            boolean swapslopes = false;
            if (denom > 0) {
                pLeft.xa = -pLeft.xa; pLeft.ya = -pLeft.ya; pLeft.dx = -pLeft.dx; pLeft.dy = -pLeft.dy;
            } else {
                swapslopes = true;
                pRight.xa = -pRight.xa; pRight.ya = -pRight.ya; pRight.dx = -pRight.dx; pRight.dy = -pRight.dy;
            }
            double[] vx = new double[4], vy = new double[4], sk = new double[4];
            int[] sdx = new int[4], sdy = new int[4];
            vx[0] = pRight.xa; vy[0] = pRight.ya;
            sdx[0] = -pRight.dy; sdy[0] = pRight.dx; sk[0] = 0;
            vx[1] = 0; vy[1] = 0;
            sdx[1] = pLeft.dy; sdy[1] = -pLeft.dx; sk[1] = 0;
            vx[2] = pLeft.xa; vy[2] = pLeft.ya;
            double mx = 0, my = 0;
            if (join == GraphicsContext.JOIN_MITER) {
                my = (pLeft.dy * (pRight.xa * pRight.dy - pRight.ya * pRight.dx)
                    - pRight.dy * (pLeft.xa * pLeft.dy - pLeft.ya * pLeft.dx)) / denom;
                if (pLeft.dy != 0) mx = pLeft.xa + (my - pLeft.ya) * (double) pLeft.dx / (double) pLeft.dy;
                else mx = pRight.xa + (my - pRight.ya) * (double) pRight.dx / (double) pRight.dy;
                // Miter limit: fall back to bevel for angles under about 11 degrees.
                if ((mx * mx + my * my) * 4 > SQSECANT * lw * lw) join = GraphicsContext.JOIN_BEVEL;
            }
            int edgecount;
            if (join == GraphicsContext.JOIN_MITER) {
                sdx[2] = pLeft.dx; sdy[2] = pLeft.dy; sk[2] = pLeft.k;
                if (swapslopes) { sdx[2] = -sdx[2]; sdy[2] = -sdy[2]; sk[2] = -sk[2]; }
                vx[3] = mx; vy[3] = my;
                sdx[3] = pRight.dx; sdy[3] = pRight.dy; sk[3] = pRight.k;
                if (swapslopes) { sdx[3] = -sdx[3]; sdy[3] = -sdy[3]; sk[3] = -sk[3]; }
                edgecount = 4;
            } else {
                double dx = pRight.xa - pLeft.xa, dy = pRight.ya - pLeft.ya;
                double scale = Math.max(Math.abs(dx), Math.abs(dy));
                sdx[2] = (int) ((dx * 65536) / scale);
                sdy[2] = (int) ((dy * 65536) / scale);
                sk[2] = ((pLeft.xa + pRight.xa) * sdy[2] - (pLeft.ya + pRight.ya) * sdx[2]) / 2.0;
                edgecount = 3;
            }
            Edge[] left = edges(4), right = edges(4);
            int[] out = new int[3];
            int y = buildPoly(vx, vy, sdx, sdy, sk, edgecount, pLeft.x, pLeft.y, left, right, out);
            fillPoly(pixel, y, left, out[0], right, out[1]);
        }

        static final double SQSECANT = 108.856472512142;

        /** Integer circle of diameter lw centred on a pixel (mi's miLineArcI). */
        SpanList lineArcI(int xorg, int yorg) {
            SpanList s = new SpanList();
            if (lw == 1) {
                s.add(xorg, yorg, 1);
                return s;
            }
            int n = lw;
            int[] px = new int[n], py = new int[n], pw = new int[n];
            boolean[] set = new boolean[n];
            int t = 0, b = n;
            int y = (lw >> 1) + 1;
            int e = (lw & 1) != 0 ? -((y << 2) + 3) : -(y << 3);
            int ex = -4, x = 0;
            while (y != 0) {
                e += (y << 3) - 4;
                while (e >= 0) {
                    x++;
                    e += (ex = -((x << 3) + 4));
                }
                y--;
                int slw = (x << 1) + 1;
                if (e == ex && slw > 1) slw--;
                if (t < n) {
                    px[t] = xorg - x; py[t] = yorg - y; pw[t] = slw; set[t] = true;
                }
                t++;
                if (y != 0 && (slw > 1 || e != ex)) {
                    b--;
                    if (b >= 0 && b < n) {
                        px[b] = xorg - x; py[b] = yorg + y; pw[b] = slw; set[b] = true;
                    }
                }
            }
            for (int i = 0; i < n; i++) if (set[i]) s.add(px[i], py[i], pw[i]);
            return s;
        }

        /** Circle of diameter lw centred anywhere, optionally clipped by up to two edges (miLineArcD). */
        SpanList lineArcD(double xorg, double yorg, Edge edge1, int edgey1, boolean edgeleft1,
                          Edge edge2, int edgey2, boolean edgeleft2) {
            SpanList s = new SpanList();
            int xbase = (int) Math.floor(xorg);
            double x0 = xorg - xbase;
            int ybase = iceil(yorg);
            double y0 = yorg - ybase;
            double xlk = x0 + x0 + 1.0, xrk = x0 + x0 - 1.0, yk = y0 + y0 - 1.0;
            double radius = ((double) lw) / 2.0;
            int y = (int) Math.floor(radius - y0 + 1.0);
            ybase -= y;
            int ymin = ybase, ymax = 65536;
            boolean edge1IsMin = false, edge2IsMin = false;
            int ymin1 = edgey1, ymin2 = edgey2;
            if (edge1.dy >= 0) {
                if (edge1.dy == 0) {
                    if (edgeleft1) edge1IsMin = true;
                    else ymax = edgey1;
                    edgey1 = 65536;
                } else if ((edge1.signdx < 0) == edgeleft1) {
                    edge1IsMin = true;
                }
            }
            if (edge2.dy >= 0) {
                if (edge2.dy == 0) {
                    if (edgeleft2) edge2IsMin = true;
                    else ymax = edgey2;
                    edgey2 = 65536;
                } else if ((edge2.signdx < 0) == edgeleft2) {
                    edge2IsMin = true;
                }
            }
            if (edge1IsMin) {
                ymin = ymin1;
                if (edge2IsMin && ymin1 > ymin2) ymin = ymin2;
            } else if (edge2IsMin) {
                ymin = ymin2;
            }
            double el = radius * radius - ((y + y0) * (y + y0)) - (x0 * x0);
            double er = el + xrk;
            int xl = 1, xr = 0;
            if (x0 < 0.5) {
                xl = 0;
                el -= xlk;
            }
            int boty = (y0 < -0.5) ? 1 : 0;
            if (ybase + y - boty > ymax) boty = ymax - ybase - y;
            int[] ey = {edgey1, edgey2};
            while (y > boty) {
                double k = (y << 1) + yk;
                er += k;
                while (er > 0.0) {
                    xr++;
                    er += xrk - (xr << 1);
                }
                el += k;
                while (el >= 0.0) {
                    xl--;
                    el += (xl << 1) - xlk;
                }
                y--;
                ybase++;
                if (ybase < ymin) continue;
                emitClipped(s, xl + xbase, xr + xbase, ybase, ey, edge1, edgeleft1, edge2, edgeleft2);
            }
            er = xrk - (xr << 1) - er;
            el = (xl << 1) - xlk - el;
            boty = (int) Math.floor(-y0 - radius + 1.0);
            if (ybase + y - boty > ymax) boty = ymax - ybase - y;
            while (y > boty) {
                double k = (y << 1) + yk;
                er -= k;
                while ((er >= 0.0) && (xr >= 0)) {
                    xr--;
                    er += xrk - (xr << 1);
                }
                el -= k;
                while ((el > 0.0) && (xl <= 0)) {
                    xl++;
                    el += (xl << 1) - xlk;
                }
                y--;
                ybase++;
                if (ybase < ymin) continue;
                emitClipped(s, xl + xbase, xr + xbase, ybase, ey, edge1, edgeleft1, edge2, edgeleft2);
            }
            return s;
        }

        /** Narrows a circle row by the clip edges that reach it, steps those edges, emits the row. */
        private static void emitClipped(SpanList s, int xcl, int xcr, int ybase, int[] ey,
                                        Edge edge1, boolean edgeleft1, Edge edge2, boolean edgeleft2) {
            for (int i = 0; i < 2; i++) {
                if (ybase != ey[i]) continue;
                Edge edge = i == 0 ? edge1 : edge2;
                boolean edgeleft = i == 0 ? edgeleft1 : edgeleft2;
                if (edgeleft) {
                    if (edge.x > xcl) xcl = edge.x;
                } else if (edge.x < xcr) {
                    xcr = edge.x;
                }
                ey[i]++;
                edge.x += edge.stepx;
                edge.e += edge.dx;
                if (edge.e > 0) {
                    edge.x += edge.signdx;
                    edge.e -= edge.dy;
                }
            }
            if (xcr >= xcl) s.add(xcl, ybase, xcr - xcl + 1);
        }

        /** Edge that cuts a round join/cap along a face (mi's miRoundJoinFace / miRoundCapClip). */
        static int faceEdge(Face face, boolean forJoin, boolean isInt, Edge edge, boolean[] leftEdge) {
            int dx = -face.dy, dy = face.dx;
            double xa = face.xa, ya = face.ya;
            double k = (forJoin || isInt) ? 0.0 : face.k;
            boolean left = true;
            if (forJoin && ya > 0) {
                ya = 0.0;
                xa = 0.0;
            }
            if (dy < 0 || (dy == 0 && dx > 0)) {
                dx = -dx;
                dy = -dy;
                if (!forJoin) {
                    xa = -xa;
                    ya = -ya;
                }
                left = !left;
            }
            if (dx == 0 && dy == 0) dy = 1;
            int y;
            if (dy == 0) {
                y = iceil(face.ya) + face.y;
                edge.x = -32767;
                edge.stepx = 0;
                edge.signdx = 0;
                edge.e = -1;
                edge.dy = 0;
                edge.dx = 0;
                edge.height = 0;
            } else {
                y = buildEdge(xa, ya, k, dx, dy, face.x, face.y, !left, edge);
                edge.height = 32767;
            }
            leftEdge[0] = !left;
            return y;
        }

        void lineArc(int pixel, Face leftFace, Face rightFace, double xorg, double yorg, boolean isInt) {
            int xorgi = 0, yorgi = 0;
            if (isInt) {
                xorgi = leftFace != null ? leftFace.x : rightFace.x;
                yorgi = leftFace != null ? leftFace.y : rightFace.y;
            }
            int edgey1 = 65536, edgey2 = 65536;
            Edge edge1 = new Edge(), edge2 = new Edge();
            edge1.dy = -1;
            edge2.dy = -1;
            boolean[] edgeleft1 = {false}, edgeleft2 = {false};
            if ((lineStyle != GraphicsContext.LINE_SOLID || lw > 2)
                && ((capStyle == GraphicsContext.CAP_ROUND && joinStyle != GraphicsContext.JOIN_ROUND)
                    || (joinStyle == GraphicsContext.JOIN_ROUND && capStyle == GraphicsContext.CAP_BUTT))) {
                if (isInt) {
                    xorg = xorgi;
                    yorg = yorgi;
                }
                if (leftFace != null && rightFace != null) {
                    double denom = -leftFace.dx * (double) rightFace.dy + rightFace.dx * (double) leftFace.dy;
                    if (denom >= 0) {
                        leftFace.xa = -leftFace.xa;
                        leftFace.ya = -leftFace.ya;
                    } else {
                        rightFace.xa = -rightFace.xa;
                        rightFace.ya = -rightFace.ya;
                    }
                    edgey1 = faceEdge(leftFace, true, false, edge1, edgeleft1);
                    edgey2 = faceEdge(rightFace, true, false, edge2, edgeleft2);
                } else if (leftFace != null) {
                    edgey1 = faceEdge(leftFace, false, isInt, edge1, edgeleft1);
                } else if (rightFace != null) {
                    edgey2 = faceEdge(rightFace, false, isInt, edge2, edgeleft2);
                }
                isInt = false;
            }
            SpanList s = isInt ? lineArcI(xorgi, yorgi)
                : lineArcD(xorg, yorg, edge1, edgey1, edgeleft1[0], edge2, edgey2, edgeleft2[0]);
            fillSpans(pixel, s);
        }

        /** Projecting cap on its own (used when a closed dashed line ends in a gap). */
        void projectingCap(int pixel, Face face, boolean isLeft) {
            int xorgi = face.x, yorgi = face.y;
            int dx = face.dx, dy = face.dy;
            double k = face.k;
            Edge[] lefts = edges(2), rights = edges(2);
            if (dy == 0) {
                Edge l = lefts[0], r = rights[0];
                l.height = lw; l.x = xorgi; if (isLeft) l.x -= lw >> 1;
                l.stepx = 0; l.signdx = 1; l.e = -lw; l.dx = 0; l.dy = lw;
                r.height = lw; r.x = xorgi; if (!isLeft) r.x += (lw + 1) >> 1;
                r.stepx = 0; r.signdx = 1; r.e = -lw; r.dx = 0; r.dy = lw;
                fillPoly(pixel, yorgi - (lw >> 1), lefts, 1, rights, 1);
            } else if (dx == 0) {
                if (dy < 0) {
                    dy = -dy;
                    isLeft = !isLeft;
                }
                int topy = yorgi, bottomy = yorgi + dy;
                if (isLeft) topy -= lw >> 1;
                else bottomy += lw >> 1;
                Edge l = lefts[0], r = rights[0];
                l.height = bottomy - topy; l.x = xorgi - (lw >> 1);
                l.stepx = 0; l.signdx = 1; l.e = -dy; l.dx = dx; l.dy = dy;
                r.height = bottomy - topy; r.x = l.x + (lw - 1);
                r.stepx = 0; r.signdx = 1; r.e = -dy; r.dx = dx; r.dy = dy;
                fillPoly(pixel, topy, lefts, 1, rights, 1);
            } else {
                double xa = face.xa, ya = face.ya;
                double projectXoff = -ya, projectYoff = xa;
                Edge left, right, top, bottom;
                if (dx < 0) {
                    right = rights[1]; left = lefts[0]; top = rights[0]; bottom = lefts[1];
                } else {
                    right = rights[0]; left = lefts[1]; top = lefts[0]; bottom = rights[1];
                }
                int righty, lefty, topy, bottomy;
                double maxy;
                if (isLeft) {
                    righty = buildEdge(xa, ya, k, dx, dy, xorgi, yorgi, false, right);
                    xa = -xa; ya = -ya; k = -k;
                    lefty = buildEdge(xa - projectXoff, ya - projectYoff, k, dx, dy, xorgi, yorgi, true, left);
                    if (dx > 0) { ya = -ya; xa = -xa; }
                    double xap = xa - projectXoff, yap = ya - projectYoff;
                    topy = buildEdge(xap, yap, xap * dx + yap * dy, -dy, dx, xorgi, yorgi, dx > 0, top);
                    bottomy = buildEdge(xa, ya, 0.0, -dy, dx, xorgi, yorgi, dx < 0, bottom);
                    maxy = -ya;
                } else {
                    righty = buildEdge(xa - projectXoff, ya - projectYoff, k, dx, dy, xorgi, yorgi, false, right);
                    xa = -xa; ya = -ya; k = -k;
                    lefty = buildEdge(xa, ya, k, dx, dy, xorgi, yorgi, true, left);
                    if (dx > 0) { ya = -ya; xa = -xa; }
                    double xap = xa - projectXoff, yap = ya - projectYoff;
                    // mi passes the x origin as the y origin for these two edges; Xvfb draws that.
                    topy = buildEdge(xa, ya, 0.0, -dy, dx, xorgi, xorgi, dx > 0, top);
                    bottomy = buildEdge(xap, yap, xap * dx + yap * dy, -dy, dx, xorgi, xorgi, dx < 0, bottom);
                    maxy = -ya + projectYoff;
                }
                int finaly = iceil(maxy) + yorgi;
                if (dx < 0) {
                    left.height = bottomy - lefty;
                    right.height = finaly - righty;
                    top.height = righty - topy;
                } else {
                    right.height = bottomy - righty;
                    left.height = finaly - lefty;
                    top.height = lefty - topy;
                }
                bottom.height = finaly - bottomy;
                fillPoly(pixel, topy, lefts, 2, rights, 2);
            }
        }

        // ---- solid polylines ---------------------------------------------------------------

        void wideLine(int[] pts, int off, int npt) {
            int pixel = fgPixel;
            int x2 = pts[off], y2 = pts[off + 1];
            boolean selfJoin = npt > 1 && x2 == pts[off + (npt - 1) * 2] && y2 == pts[off + (npt - 1) * 2 + 1];
            boolean projectLeft = capStyle == GraphicsContext.CAP_PROJECTING && !selfJoin;
            boolean projectRight = false;
            boolean first = true, somethingDrawn = false;
            Face leftFace = new Face(), rightFace = new Face(), prevRightFace = null, firstFace = null;
            for (int i = 1; i < npt; i++) {
                int x1 = x2, y1 = y2;
                x2 = pts[off + i * 2];
                y2 = pts[off + i * 2 + 1];
                boolean lastSeg = i == npt - 1;
                if (x1 != x2 || y1 != y2) {
                    somethingDrawn = true;
                    if (lastSeg && capStyle == GraphicsContext.CAP_PROJECTING && !selfJoin) projectRight = true;
                    wideSegment(pixel, x1, y1, x2, y2, projectLeft, projectRight, leftFace, rightFace);
                    if (first) {
                        if (selfJoin) {
                            firstFace = leftFace.copy();
                        } else if (capStyle == GraphicsContext.CAP_ROUND) {
                            if (lw == 1 && !collecting()) onePoint(pixel, x1, y1);
                            else lineArc(pixel, leftFace, null, 0.0, 0.0, true);
                        }
                    } else {
                        lineJoin(pixel, leftFace, prevRightFace);
                    }
                    prevRightFace = rightFace.copy();
                    first = false;
                    projectLeft = false;
                }
                if (lastSeg && somethingDrawn) {
                    if (selfJoin) {
                        lineJoin(pixel, firstFace, rightFace);
                    } else if (capStyle == GraphicsContext.CAP_ROUND) {
                        if (lw == 1 && !collecting()) onePoint(pixel, x2, y2);
                        else lineArc(pixel, null, rightFace, 0.0, 0.0, true);
                    }
                }
            }
            if (!somethingDrawn) {
                // Every point coincides: a segment of length zero with its caps.
                projectLeft = capStyle == GraphicsContext.CAP_PROJECTING;
                wideSegment(pixel, x2, y2, x2, y2, projectLeft, projectLeft, leftFace, rightFace);
                if (capStyle == GraphicsContext.CAP_ROUND) {
                    lineArc(pixel, leftFace, null, 0.0, 0.0, true);
                    rightFace.dx = -1; // as mi does, so the second half-circle is cut the other way
                    lineArc(pixel, null, rightFace, 0.0, 0.0, true);
                }
            }
        }

        // ---- dashed polylines --------------------------------------------------------------

        /** Dash position: index into the dash list and distance already used in that dash. */
        int dashIndex, dashOffset;

        void stepDash(int dist) {
            int[] d = dash;
            if (dist < d[dashIndex] - dashOffset) {
                dashOffset += dist;
                return;
            }
            dist -= d[dashIndex] - dashOffset;
            if (++dashIndex == d.length) dashIndex = 0;
            int total = 0;
            for (int v : d) total += v;
            if (total <= dist) dist %= total;
            while (dist >= d[dashIndex]) {
                dist -= d[dashIndex];
                if (++dashIndex == d.length) dashIndex = 0;
            }
            dashOffset = dist;
        }

        static final int V_TOP = 0, V_RIGHT = 1, V_BOTTOM = 2, V_LEFT = 3;

        void wideDashSegment(int x1, int y1, int x2, int y2, boolean projectLeft, boolean projectRight,
                             Face leftFace, Face rightFace) {
            boolean onOff = lineStyle == GraphicsContext.LINE_ON_OFF_DASH;
            int dx = x2 - x1, dy = y2 - y1;
            int[] d = dash;
            int index = dashIndex;
            int dashRemain = d[index] - dashOffset;
            int fg = fgPixel, bg = bgPixel;
            if (gc.fillStyle == GraphicsContext.FILL_OPAQUE_STIPPLED || gc.fillStyle == GraphicsContext.FILL_TILED) bg = fg;
            double l = ((double) lw) / 2.0;
            double bigL, rdx, rdy;
            if (dx == 0) {
                bigL = dy;
                rdx = 0;
                rdy = l;
                if (dy < 0) {
                    bigL = -dy;
                    rdy = -l;
                }
            } else if (dy == 0) {
                bigL = dx;
                rdx = l;
                rdy = 0;
                if (dx < 0) {
                    bigL = -dx;
                    rdx = -l;
                }
            } else {
                bigL = Math.sqrt((double) dx * dx + (double) dy * dy);
                double r = l / bigL;
                rdx = r * dx;
                rdy = r * dy;
            }
            double k = l * bigL;
            double lRemain = bigL;
            double[] vx = new double[4], vy = new double[4], sk = new double[4];
            int[] sdx = new int[4], sdy = new int[4];
            sdx[V_TOP] = dx; sdy[V_TOP] = dy; sk[V_TOP] = k;
            sdx[V_RIGHT] = -dy; sdy[V_RIGHT] = dx; sk[V_RIGHT] = 0;
            sdx[V_BOTTOM] = -dx; sdy[V_BOTTOM] = -dy; sk[V_BOTTOM] = k;
            sdx[V_LEFT] = dy; sdy[V_LEFT] = -dx; sk[V_LEFT] = 0;
            vx[V_RIGHT] = vx[V_TOP] = rdy;
            vy[V_RIGHT] = vy[V_TOP] = -rdx;
            vx[V_BOTTOM] = vx[V_LEFT] = -rdy;
            vy[V_BOTTOM] = vy[V_LEFT] = rdx;
            if (projectLeft) {
                vx[V_TOP] -= rdx; vy[V_TOP] -= rdy;
                vx[V_LEFT] -= rdx; vy[V_LEFT] -= rdy;
                sk[V_LEFT] = rdx * dx + rdy * dy;
            }
            double lcenterx = x1, lcentery = y1, rcenterx = 0.0, rcentery = 0.0;
            Face lcapFace = new Face(), rcapFace = new Face();
            if (capStyle == GraphicsContext.CAP_ROUND) {
                lcapFace.dx = dx; lcapFace.dy = dy; lcapFace.x = x1; lcapFace.y = y1;
                rcapFace.dx = -dx; rcapFace.dy = -dy; rcapFace.x = x1; rcapFace.y = y1;
            }
            boolean first = true;
            Edge[] left = edges(4), right = edges(4);
            int[] out = new int[3];
            long guard = 0;
            while (lRemain > dashRemain) {
                if (++guard > (1 << 20)) return; // hostile geometry: far more dashes than any screen holds
                double dashDx = (dashRemain * dx) / bigL;
                double dashDy = (dashRemain * dy) / bigL;
                rcenterx = lcenterx + dashDx;
                rcentery = lcentery + dashDy;
                vx[V_RIGHT] += dashDx; vy[V_RIGHT] += dashDy;
                vx[V_BOTTOM] += dashDx; vy[V_BOTTOM] += dashDy;
                sk[V_RIGHT] = vx[V_RIGHT] * dx + vy[V_RIGHT] * dy;
                if (!onOff || (index & 1) == 0) {
                    double saveRx = 0, saveRy = 0, saveBx = 0, saveBy = 0, saveK = 0;
                    if (onOff && capStyle == GraphicsContext.CAP_PROJECTING) {
                        saveRx = vx[V_RIGHT]; saveRy = vy[V_RIGHT];
                        saveBx = vx[V_BOTTOM]; saveBy = vy[V_BOTTOM];
                        saveK = sk[V_RIGHT];
                        if (!first) {
                            vx[V_TOP] -= rdx; vy[V_TOP] -= rdy;
                            vx[V_LEFT] -= rdx; vy[V_LEFT] -= rdy;
                            sk[V_LEFT] = vx[V_LEFT] * sdy[V_LEFT] - vy[V_LEFT] * sdx[V_LEFT];
                        }
                        vx[V_RIGHT] += rdx; vy[V_RIGHT] += rdy;
                        vx[V_BOTTOM] += rdx; vy[V_BOTTOM] += rdy;
                        sk[V_RIGHT] = vx[V_RIGHT] * sdy[V_RIGHT] - vy[V_RIGHT] * sdx[V_RIGHT];
                    }
                    int y = buildPoly(vx, vy, sdx, sdy, sk, 4, x1, y1, left, right, out);
                    int pixel = (index & 1) != 0 ? bg : fg;
                    fillPoly(pixel, y, left, out[0], right, out[1]);
                    if (onOff) {
                        if (capStyle == GraphicsContext.CAP_PROJECTING) {
                            vx[V_BOTTOM] = saveBx; vy[V_BOTTOM] = saveBy;
                            vx[V_RIGHT] = saveRx; vy[V_RIGHT] = saveRy;
                            sk[V_RIGHT] = saveK;
                        } else if (capStyle == GraphicsContext.CAP_ROUND) {
                            if (!first) {
                                if (dx < 0) {
                                    lcapFace.xa = -vx[V_LEFT]; lcapFace.ya = -vy[V_LEFT]; lcapFace.k = sk[V_LEFT];
                                } else {
                                    lcapFace.xa = vx[V_TOP]; lcapFace.ya = vy[V_TOP]; lcapFace.k = -sk[V_LEFT];
                                }
                                lineArc(pixel, lcapFace, null, lcenterx, lcentery, false);
                            }
                            if (dx < 0) {
                                rcapFace.xa = vx[V_BOTTOM]; rcapFace.ya = vy[V_BOTTOM]; rcapFace.k = sk[V_RIGHT];
                            } else {
                                rcapFace.xa = -vx[V_RIGHT]; rcapFace.ya = -vy[V_RIGHT]; rcapFace.k = -sk[V_RIGHT];
                            }
                            lineArc(pixel, null, rcapFace, rcenterx, rcentery, false);
                        }
                    }
                }
                lRemain -= dashRemain;
                if (++index == d.length) index = 0;
                dashRemain = d[index];
                lcenterx = rcenterx;
                lcentery = rcentery;
                vx[V_TOP] = vx[V_RIGHT]; vy[V_TOP] = vy[V_RIGHT];
                vx[V_LEFT] = vx[V_BOTTOM]; vy[V_LEFT] = vy[V_BOTTOM];
                sk[V_LEFT] = -sk[V_RIGHT];
                first = false;
            }
            if (!onOff || (index & 1) == 0) {
                vx[V_TOP] -= dx; vy[V_TOP] -= dy;
                vx[V_LEFT] -= dx; vy[V_LEFT] -= dy;
                vx[V_RIGHT] = rdy; vy[V_RIGHT] = -rdx;
                vx[V_BOTTOM] = -rdy; vy[V_BOTTOM] = rdx;
                if (projectRight) {
                    vx[V_RIGHT] += rdx; vy[V_RIGHT] += rdy;
                    vx[V_BOTTOM] += rdx; vy[V_BOTTOM] += rdy;
                    sk[V_RIGHT] = vx[V_RIGHT] * sdy[V_RIGHT] - vy[V_RIGHT] * sdx[V_RIGHT];
                } else {
                    sk[V_RIGHT] = 0;
                }
                if (!first && onOff && capStyle == GraphicsContext.CAP_PROJECTING) {
                    vx[V_TOP] -= rdx; vy[V_TOP] -= rdy;
                    vx[V_LEFT] -= rdx; vy[V_LEFT] -= rdy;
                    sk[V_LEFT] = vx[V_LEFT] * sdy[V_LEFT] - vy[V_LEFT] * sdx[V_LEFT];
                } else {
                    sk[V_LEFT] += dx * dx + dy * dy;
                }
                int y = buildPoly(vx, vy, sdx, sdy, sk, 4, x2, y2, left, right, out);
                int pixel = (index & 1) != 0 ? bgPixel : fgPixel;
                fillPoly(pixel, y, left, out[0], right, out[1]);
                if (!first && onOff && capStyle == GraphicsContext.CAP_ROUND) {
                    lcapFace.x = x2;
                    lcapFace.y = y2;
                    if (dx < 0) {
                        lcapFace.xa = -vx[V_LEFT]; lcapFace.ya = -vy[V_LEFT]; lcapFace.k = sk[V_LEFT];
                    } else {
                        lcapFace.xa = vx[V_TOP]; lcapFace.ya = vy[V_TOP]; lcapFace.k = -sk[V_LEFT];
                    }
                    lineArc(pixel, lcapFace, null, rcenterx, rcentery, false);
                }
            }
            dashRemain = (int) (((double) dashRemain) - lRemain);
            if (dashRemain == 0) {
                if (++index == d.length) index = 0;
                dashRemain = d[index];
            }
            leftFace.x = x1; leftFace.y = y1; leftFace.dx = dx; leftFace.dy = dy;
            leftFace.xa = rdy; leftFace.ya = -rdx; leftFace.k = k;
            rightFace.x = x2; rightFace.y = y2; rightFace.dx = -dx; rightFace.dy = -dy;
            rightFace.xa = -rdy; rightFace.ya = rdx; rightFace.k = k;
            dashIndex = index;
            dashOffset = d[index] - dashRemain;
        }

        void wideDash(int[] pts, int off, int npt) {
            boolean doubleDash = lineStyle == GraphicsContext.LINE_DOUBLE_DASH;
            int x2 = pts[off], y2 = pts[off + 1];
            boolean selfJoin = x2 == pts[off + (npt - 1) * 2] && y2 == pts[off + (npt - 1) * 2 + 1];
            boolean projectLeft = capStyle == GraphicsContext.CAP_PROJECTING && !selfJoin;
            boolean projectRight = false;
            dashIndex = 0;
            dashOffset = 0;
            stepDash(Math.max(0, gc.dashOffset));
            boolean first = true, somethingDrawn = false;
            boolean endIsFg = false, startIsFg, firstIsFg = false, prevIsFg = false;
            Face leftFace = new Face(), rightFace = new Face(), prevRightFace = null, firstFace = null;
            for (int i = 1; i < npt; i++) {
                int x1 = x2, y1 = y2;
                x2 = pts[off + i * 2];
                y2 = pts[off + i * 2 + 1];
                boolean lastSeg = i == npt - 1;
                if (x1 != x2 || y1 != y2) {
                    somethingDrawn = true;
                    if (lastSeg && capStyle == GraphicsContext.CAP_PROJECTING && (!selfJoin || !firstIsFg)) projectRight = true;
                    int prevDashIndex = dashIndex;
                    wideDashSegment(x1, y1, x2, y2, projectLeft, projectRight, leftFace, rightFace);
                    startIsFg = (prevDashIndex & 1) == 0;
                    endIsFg = ((dashIndex & 1) != 0) ^ (dashOffset != 0);
                    if (doubleDash || startIsFg) {
                        int pixel = startIsFg ? fgPixel : bgPixel;
                        if (first || (!doubleDash && !prevIsFg)) {
                            if (first && selfJoin) {
                                firstFace = leftFace.copy();
                                firstIsFg = startIsFg;
                            } else if (capStyle == GraphicsContext.CAP_ROUND) {
                                lineArc(pixel, leftFace, null, 0.0, 0.0, true);
                            }
                        } else {
                            lineJoin(pixel, leftFace, prevRightFace);
                        }
                    }
                    prevRightFace = rightFace.copy();
                    prevIsFg = endIsFg;
                    first = false;
                    projectLeft = false;
                }
                if (lastSeg && somethingDrawn) {
                    if (doubleDash || endIsFg) {
                        int pixel = endIsFg ? fgPixel : bgPixel;
                        if (selfJoin && (doubleDash || firstIsFg)) {
                            lineJoin(pixel, firstFace, rightFace);
                        } else if (capStyle == GraphicsContext.CAP_ROUND) {
                            lineArc(pixel, null, rightFace, 0.0, 0.0, true);
                        }
                    } else if (selfJoin && firstIsFg) {
                        // OnOffDash ending in a gap: give the start its cap after all.
                        if (capStyle == GraphicsContext.CAP_PROJECTING) projectingCap(fgPixel, firstFace, true);
                        else if (capStyle == GraphicsContext.CAP_ROUND) lineArc(fgPixel, firstFace, null, 0.0, 0.0, true);
                    }
                }
            }
            if (!somethingDrawn && (doubleDash || (dashIndex & 1) == 0)) {
                int pixel = (dashIndex & 1) != 0 ? bgPixel : fgPixel;
                if (capStyle == GraphicsContext.CAP_ROUND) {
                    // A lone dot: a circle with no clipping edges, centred on the point.
                    Edge e1 = new Edge(), e2 = new Edge();
                    e1.dy = -1;
                    e2.dy = -1;
                    fillSpans(pixel, lineArcD(x2, y2, e1, 65536, false, e2, 65536, false));
                } else if (capStyle == GraphicsContext.CAP_PROJECTING) {
                    fillRect(pixel, x2 - (lw >> 1), y2 - (lw >> 1), lw, lw);
                }
            }
        }
    }
}
