package org.sumac.x11.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wide arcs (line-width &gt; 0), and thin ellipses too large for the integer walk, as X.Org's
 * {@code mi/miarc.c} draws them for Xvfb.
 *
 * <p>How it works: the outline of a wide elliptical arc is the set of points within lw/2 of the
 * ellipse. For each scan line the left and right x extents of that band are found by solving a
 * quartic (reduced to a cubic) once per ellipse size, cached as per-row "spans"; circles get an
 * exact integer walk instead. A partial arc is split into sweeps that each lie in one quadrant;
 * each sweep is scan-converted in the first quadrant and mirrored, clipping the cached spans
 * against the two end faces (lines normal to the ellipse). Caps and joins are polygons (round
 * ones approximate a circle) filled with sub-pixel positioning. Dashes are laid out along a
 * 91-point polygonal approximation of the quadrant's arc length.
 *
 * <p>Everything here is double arithmetic. The transcendental functions come from the C library
 * through {@link ArcLibm} (the same glibc libm Xvfb uses), which makes the output bit-identical;
 * with the StrictMath fallback a few pixels per scene can move at span ends.
 */
final class WideArcs {
    private static final int FULL = 360 * 64;
    private static final double EPSILON = 0.000001;
    private static final double CUBED_ROOT_2 = 1.2599210498948732038115849718451499938964;
    private static final double CUBED_ROOT_4 = 1.5874010519681993173435330390930175781250;
    private static final int RIGHT_END = 0, LEFT_END = 1;
    private static final int DASH_MAP_SIZE = 91;

    private final GraphicsContext gc;
    private final int[] dashes;
    private final int lineWidth;
    /**
     * Everything of the current render group: arc spans since the last render point (mi's
     * "final spans"), then its caps and joins. X.Org paints arc spans merged and caps/joins
     * either directly (functions that ignore the destination: the union is the same) or through a
     * scratch bitmap (the union again), so one union per group reproduces both.
     */
    private final ArcSpanUnion group = new ArcSpanUnion();
    private final ArcSpanUnion arcSpans = group;

    private WideArcs(GraphicsContext gc, int[] dashes) {
        this.gc = gc;
        this.dashes = dashes;
        this.lineWidth = gc.lineWidth & 0xFFFF;
    }

    // ------------------------------------------------------------------ geometry helpers

    private static final class Pt {
        double x, y;

        Pt(double x, double y) {
            this.x = x;
            this.y = y;
        }

        Pt copy() {
            return new Pt(x, y);
        }
    }

    /** The end of a wide arc: the centre point on the ellipse and the two outline corners. */
    private static final class Face {
        Pt clock = new Pt(0, 0), center = new Pt(0, 0), counterClock = new Pt(0, 0);

        void set(Face o) {
            clock = o.clock.copy();
            center = o.center.copy();
            counterClock = o.counterClock.copy();
        }

        Face copy() {
            Face f = new Face();
            f.set(this);
            return f;
        }
    }

    /**
     * C's double-to-int conversion as compiled for x86-64 (cvttsd2si): NaN and out-of-range
     * values give INT_MIN, where Java would give 0 or saturate. Degenerate joins (a miter between
     * arcs that double back) reach X.Org's polygon filler with NaN vertices; this keeps the
     * resulting spans identical.
     */
    static int cInt(double x) {
        return x >= -2147483648.0 && x < 2147483648.0 ? (int) x : Integer.MIN_VALUE;
    }

    /** C's {@code min}/{@code max} macros: with NaN they return the second/first operand as C does. */
    private static double cMin(double a, double b) {
        return a < b ? a : b;
    }

    private static double cMax(double a, double b) {
        return a > b ? a : b;
    }

    static int iceil(double x) {
        int t = cInt(x);
        return (x == t || x < 0.0) ? t : t + 1;
    }

    private static boolean isEqual(double a, double b) {
        return Math.abs(a - b) <= EPSILON;
    }

    /** sin/cos in degrees, exact at multiples of 90. */
    private static double dcos(double a) {
        if (Math.floor(a / 90) == a / 90) {
            int i = (int) (a / 90.0);
            switch (Math.floorMod(i, 4)) {
                case 0: return 1;
                case 1: return 0;
                case 2: return -1;
                default: return 0;
            }
        }
        return ArcLibm.cos(a * Math.PI / 180.0);
    }

    private static double dsin(double a) {
        if (Math.floor(a / 90) == a / 90) {
            int i = (int) (a / 90.0);
            switch (Math.floorMod(i, 4)) {
                case 0: return 0;
                case 1: return 1;
                case 2: return 0;
                default: return -1;
            }
        }
        return ArcLibm.sin(a * Math.PI / 180.0);
    }

    /** The cheaper exact-at-0-and-90 variants the scan converter uses. */
    private static double qsin(double d) {
        return d == 0.0 ? 0.0 : d == 90.0 ? 1.0 : ArcLibm.sin(d * Math.PI / 180.0);
    }

    private static double qcos(double d) {
        return d == 0.0 ? 1.0 : d == 90.0 ? 0.0 : ArcLibm.cos(d * Math.PI / 180.0);
    }

    private static double dasin(double v) {
        if (v == 0) return 0.0;
        if (v == 1.0) return 90.0;
        if (v == -1.0) return -90.0;
        return ArcLibm.asin(v) * (180.0 / Math.PI);
    }

    private static double datan2(double dy, double dx) {
        if (dy == 0) return dx >= 0 ? 0.0 : 180.0;
        if (dx == 0) return dy > 0 ? 90.0 : -90.0;
        if (Math.abs(dy) == Math.abs(dx)) {
            if (dy > 0) return dx > 0 ? 45.0 : 135.0;
            return dx > 0 ? 315.0 : 225.0;
        }
        return ArcLibm.atan2(dy, dx) * (180.0 / Math.PI);
    }

    private static double cbrt(double x) {
        return ArcLibm.cbrt(x);
    }

    // ------------------------------------------------------------------ cached ellipse spans

    /** Per-row outer/inner extents of a whole wide ellipse, from the widest row outwards. */
    private static final class SpanData {
        int[] lx, lw, rx, rw;
        int count1, count2, k;
        boolean top, bot, hole;
    }

    private static SpanData computeWideEllipse(int lw, ArcSpec arc) {
        if (lw == 0) lw = 1;
        SpanData sd = new SpanData();
        int k = (arc.height() >> 1) + ((lw - 1) >> 1);
        sd.lx = new int[k + 3];
        sd.lw = new int[k + 3];
        sd.rx = new int[k + 3];
        sd.rw = new int[k + 3];
        sd.k = k;
        sd.top = (lw & 1) == 0 && (arc.width() & 1) == 0;
        sd.bot = (arc.height() & 1) == 0;
        if (arc.width() == arc.height()) circleSpans(lw, arc, sd);
        else ellipseSpans(lw, arc, sd);
        return sd;
    }

    /** Integer walk of the outer and inner circles of a wide circle. */
    private static void circleSpans(int lw, ArcSpec arc, SpanData sd) {
        int top = sd.top ? 1 : 0;
        int doinner = -lw;
        int dy = arc.height() & 1, dx = 1 - dy;
        Ring outer = new Ring(arc.width() - doinner, dy, dx);
        Ring inner = null;
        int inslw = arc.width() + doinner;
        if (inslw > 0) {
            sd.hole = sd.top;
            inner = new Ring(inslw, dy, dx);
        } else {
            sd.hole = false;
            doinner = -outer.y;
        }
        sd.count1 = -doinner - top;
        sd.count2 = outer.y + doinner;
        int s = 0;
        while (outer.y != 0) {
            outer.step();
            sd.lx[s] = (short) (dy - outer.x);
            if (++doinner <= 0) {
                sd.lw[s] = (short) outer.slw;
                sd.rx[s] = 0;
                sd.rw[s] = (short) (sd.lx[s] + outer.slw);
            } else {
                inner.step();
                sd.lw[s] = (short) (outer.x - inner.x);
                sd.rx[s] = (short) (dy - inner.x + inner.slw);
                sd.rw[s] = (short) (inner.x - outer.x + outer.slw - inner.slw);
            }
            s++;
        }
        if (sd.bot) {
            if (sd.count2 != 0) {
                sd.count2--;
            } else if (s > 0) {
                if (lw > arc.height()) sd.rx[s - 1] = sd.rw[s - 1] = (short) -((lw - arc.height()) >> 1);
                else sd.rw[s - 1] = 0;
                sd.count1--;
            }
        }
    }

    /** Midpoint walk of a circle of diameter slw (mi's MIWIDEARCSETUP / MIFILLARCSTEP). */
    private static final class Ring {
        int x, y, e, xk, xm, yk, ym, slw;
        final int dx;

        Ring(int diameter, int dy, int dx) {
            this.dx = dx;
            slw = diameter;
            x = 0;
            y = diameter >> 1;
            yk = y << 3;
            xm = 8;
            ym = 8;
            if (dy != 0) {
                xk = 0;
                e = (diameter & 1) != 0 ? -1 : -(y << 2) - 2;
            } else {
                y++;
                yk += 4;
                xk = -4;
                e = (diameter & 1) != 0 ? -(y << 2) - 3 : -(y << 3);
            }
        }

        void step() {
            e += yk;
            while (e >= 0) {
                x++;
                xk -= xm;
                e += xk;
            }
            y--;
            yk -= ym;
            slw = (x << 1) + dx;
            if (e == xk && slw > 1) slw--;
        }
    }

    /** Floating-point extents of a wide ellipse, row by row (the quartic of the file header). */
    private static void ellipseSpans(int lw, ArcSpec arc, SpanData sd) {
        double w = arc.width() / 2.0, h = arc.height() / 2.0, r = lw / 2.0, rs = r * r;
        double hs = h * h, wh = w * w - hs;
        double nk = w * r;
        double vk = (nk * hs) / (wh + wh);
        double hf = hs * hs;
        nk = (hf - nk * nk) / wh;
        double fk = hf / wh;
        double hepp = h + EPSILON, hepm = h - EPSILON;
        double kk = h + ((lw - 1) >> 1);
        double xorg = (arc.width() & 1) != 0 ? .5 : 0.0;
        int s = 0;
        if (sd.top) {
            sd.lx[s] = 0;
            sd.lw[s] = 1;
            s++;
        }
        sd.count1 = 0;
        sd.count2 = 0;
        sd.hole = sd.top && arc.height() * lw <= arc.width() * arc.width() && lw < arc.height();
        double outx = 0.0;
        for (; kk > 0.0; kk -= 1.0) {
            double n = (kk * kk + nk) / 6.0, nc = n * n * n, vr = vk * kk;
            double t = nc + vr * vr, d = nc + t, b, z;
            int flip;
            if (d < 0.0) {
                d = nc;
                b = n;
                if ((b < 0.0) == (t < 0.0)) {
                    b = -b;
                    d = -d;
                }
                z = n - 2.0 * b * ArcLibm.cos(ArcLibm.acos(-t / d) / 3.0);
                flip = (z < 0.0) == (vr < 0.0) ? 2 : 1;
            } else {
                d = vr * Math.sqrt(d);
                z = n + cbrt(t + d) + cbrt(t - d);
                flip = 0;
            }
            double a = Math.sqrt((z + z) - nk);
            double tt = (fk - z) * kk / a;
            double inx = 0.0;
            boolean solution = false;
            b = -a + kk;
            d = b * b - 4 * (z + tt);
            if (d >= 0) {
                d = Math.sqrt(d);
                double y = (b + d) / 2;
                if (y >= 0.0 && y < hepp) {
                    solution = true;
                    if (y > hepm) y = h;
                    double q = y / h, x = w * Math.sqrt(1 - (q * q));
                    q = kk - y;
                    q = rs - (q * q) >= 0 ? Math.sqrt(rs - (q * q)) : 0;
                    if (flip == 2) inx = x - q;
                    else outx = x + q;
                }
            }
            b = a + kk;
            d = b * b - 4 * (z - tt);
            // precision loss near the axis can make d slightly negative (as X.Org notes)
            if (d < 0 && !solution) d = 0.0;
            if (d >= 0) {
                d = Math.sqrt(d);
                double y = (b + d) / 2;
                if (y < hepp) {
                    if (y > hepm) y = h;
                    double q = y / h, x = w * Math.sqrt(1 - (q * q));
                    q = kk - y;
                    inx = rs - (q * q) >= 0 ? x - Math.sqrt(rs - (q * q)) : x;
                }
                y = (b - d) / 2;
                if (y >= 0.0) {
                    if (y > hepm) y = h;
                    double q = y / h, x = w * Math.sqrt(1 - (q * q));
                    q = kk - y;
                    q = rs - (q * q) >= 0 ? Math.sqrt(rs - (q * q)) : 0;
                    if (flip == 1) inx = x - q;
                    else outx = x + q;
                }
            }
            setSpan(sd, s, xorg, inx, outx, true);
            s++;
        }
        if (sd.bot) {
            outx = w + r;
            double inx;
            if (r >= h && r <= w) inx = 0.0;
            else if (nk < 0.0 && -nk < hs) {
                inx = w * Math.sqrt(1 + nk / hs) - Math.sqrt(rs + nk);
                if (inx > w - r) inx = w - r;
            } else inx = w - r;
            setSpan(sd, s, xorg, inx, outx, false);
        }
        if (sd.hole) {
            int i = sd.count1;
            sd.lw[i] = (short) -sd.lx[i];
            sd.rx[i] = 1;
            sd.rw[i] = sd.lw[i];
            sd.count1--;
            sd.count2++;
        }
    }

    private static void setSpan(SpanData sd, int s, double xorg, double inx, double outx, boolean count) {
        sd.lx[s] = (short) iceil(xorg - outx);
        if (inx <= 0.0) {
            if (count) sd.count1++;
            sd.lw[s] = (short) (iceil(xorg + outx) - sd.lx[s]);
            sd.rx[s] = (short) iceil(xorg + inx);
            sd.rw[s] = (short) -iceil(xorg - inx);
        } else {
            if (count) sd.count2++;
            sd.lw[s] = (short) (iceil(xorg - inx) - sd.lx[s]);
            sd.rx[s] = (short) iceil(xorg + inx);
            sd.rw[s] = (short) (iceil(xorg + outx) - sd.rx[s]);
        }
    }

    /** A complete solid wide ellipse: spans straight from the cache, painted as they come. */
    private void fillWideEllipse(ArcSpec arc, SpanSink sink) {
        SpanData sd = computeWideEllipse(lineWidth, arc);
        int s = 0;
        int xorg = arc.x() + (arc.width() >> 1);
        int yorgu = arc.y() + (arc.height() >> 1);
        int yorgl = yorgu + (arc.height() & 1);
        yorgu -= sd.k;
        yorgl += sd.k;
        if (sd.top) {
            paint(sink, xorg, yorgu - 1, 1);
            s++;
        }
        for (int n = sd.count1; --n >= 0; ) {
            paint(sink, xorg + sd.lx[s], yorgu, sd.lw[s]);
            paint(sink, xorg + sd.lx[s], yorgl, sd.lw[s]);
            yorgu++;
            yorgl--;
            s++;
        }
        if (sd.hole) paint(sink, xorg, yorgl, 1);
        for (int n = sd.count2; --n >= 0; ) {
            paint(sink, xorg + sd.lx[s], yorgu, sd.lw[s]);
            paint(sink, xorg + sd.rx[s], yorgu, sd.rw[s]);
            paint(sink, xorg + sd.lx[s], yorgl, sd.lw[s]);
            paint(sink, xorg + sd.rx[s], yorgl, sd.rw[s]);
            yorgu++;
            yorgl--;
            s++;
        }
        if (sd.bot) {
            paint(sink, xorg + sd.lx[s], yorgu, sd.lw[s]);
            if (sd.rw[s] > 0) paint(sink, xorg + sd.rx[s], yorgu, sd.rw[s]);
        }
    }

    private static void paint(SpanSink sink, int x, int y, int w) {
        if (w > 0) sink.span(x, y, w);
    }

    // ------------------------------------------------------------------ request level

    /** Arc pieces of one pass (foreground, or background for double dashes). */
    private static final class ArcData {
        ArcSpec arc;
        boolean render, selfJoin;
        int join, cap;
        final Face[] bounds = {new Face(), new Face()};

        ArcData(ArcSpec arc) {
            this.arc = arc;
        }
    }

    private static final class Pass {
        final List<ArcData> arcs = new ArrayList<>();
        final List<int[]> caps = new ArrayList<>();   // {end, arcIndex}
        final List<int[]> joins = new ArrayList<>();  // {end0, index0, phase0, end1, index1, phase1}
    }

    /**
     * PolyArc with a line width (or a thin ellipse beyond the integer walk's limits).
     *
     * @param dashes the GC's dash list, already limited to 1..255
     */
    static void polyArc(GraphicsContext gc, int[] dashes, ArcSpec[] arcs, SpanSink fg, SpanSink bg) {
        new WideArcs(gc, dashes).draw(arcs, fg, bg);
    }

    private void draw(ArcSpec[] arcs, SpanSink fg, SpanSink bg) {
        boolean solid = gc.lineStyle == GraphicsContext.LINE_SOLID;
        if (lineWidth == 0 && solid) {
            for (ArcSpec arc : arcs) segment(arc, null, null);
            group.emit(fg);
            group.clear();
            return;
        }
        int first = 0;
        if (solid) {
            while (first < arcs.length && arcs[first].width() != 0 && arcs[first].height() != 0
                && (arcs[first].angle2() >= FULL || arcs[first].angle2() <= -FULL)) {
                fillWideEllipse(arcs[first], fg);
                first++;
            }
        }
        if (first == arcs.length) return;
        ArcSpec[] rest = java.util.Arrays.copyOfRange(arcs, first, arcs.length);
        // functions that read the destination go through a scratch bitmap in X.Org: each
        // render group is painted once, limited to the bitmap's extent
        int fn = gc.function;
        boolean tricky = !(fn == GraphicsContext.GX_CLEAR || fn == GraphicsContext.GX_COPY
            || fn == GraphicsContext.GX_COPY_INVERTED || fn == GraphicsContext.GX_SET);
        int cx1 = Integer.MIN_VALUE, cy1 = Integer.MIN_VALUE, cx2 = Integer.MAX_VALUE, cy2 = Integer.MAX_VALUE;
        if (tricky) {
            int xMin = Short.MAX_VALUE, yMin = Short.MAX_VALUE, xMax = Short.MIN_VALUE, yMax = Short.MIN_VALUE;
            for (ArcSpec a : rest) {
                xMin = Math.min(xMin, a.x());
                yMin = Math.min(yMin, a.y());
                xMax = Math.max(xMax, a.x() + a.width());
                yMax = Math.max(yMax, a.y() + a.height());
            }
            int half = (lineWidth + 1) / 2;
            cx1 = Math.max(xMin - half, 0);
            cy1 = Math.max(yMin - half, 0);
            cx2 = xMax + half;
            cy2 = yMax + half;
            if (cx2 - cx1 <= 0 || cy2 - cy1 <= 0) return;
        }
        boolean doubleDash = gc.lineStyle == GraphicsContext.LINE_DOUBLE_DASH;
        Pass[] passes = computeArcs(rest);
        for (int phase = doubleDash ? 1 : 0; phase >= 0; phase--) {
            SpanSink sink = phase == 1 ? bg : fg;
            Pass pass = passes[phase];
            int cap = 0, join = 0;
            for (int i = 0; i < pass.arcs.size(); i++) {
                ArcData ad = pass.arcs.get(i);
                segment(ad.arc, ad.bounds[RIGHT_END], ad.bounds[LEFT_END]);
                if (!ad.render) continue;
                // self-joining arcs get no cap
                if (ad.selfJoin && cap < ad.cap) cap++;
                while (cap < ad.cap && cap < pass.caps.size()) {
                    int[] c = pass.caps.get(cap);
                    cap++;
                    if (c[1] < 0 || c[1] >= pass.arcs.size()) continue;
                    ArcData ad0 = pass.arcs.get(c[1]);
                    arcCap(ad0.bounds[c[0]], ad0.arc.x(), ad0.arc.y(), ad0.arc.width() / 2.0, ad0.arc.height() / 2.0);
                }
                while (join < ad.join && join < pass.joins.size()) {
                    int[] j = pass.joins.get(join++);
                    if (j[1] < 0 || j[4] < 0 || j[1] >= passes[j[2]].arcs.size() || j[4] >= passes[j[5]].arcs.size()) continue;
                    ArcData ad0 = passes[j[2]].arcs.get(j[1]);
                    ArcData ad1 = passes[j[5]].arcs.get(j[4]);
                    arcJoin(ad0.bounds[j[0]], ad1.bounds[j[3]],
                        ad0.arc.x(), ad0.arc.y(), ad0.arc.width() / 2.0, ad0.arc.height() / 2.0,
                        ad1.arc.x(), ad1.arc.y(), ad1.arc.width() / 2.0, ad1.arc.height() / 2.0);
                }
                group.emit(sink, cx1, cy1, cx2, cy2);
                group.clear();
            }
            group.clear();
        }
    }

    // ------------------------------------------------------------------ one arc segment

    /** Scan-converts one arc (or dash) into {@link #arcSpans}, recording its end faces. */
    private void segment(ArcSpec arc, Face right, Face left) {
        int l = lineWidth == 0 ? 1 : lineWidth;
        if (arc.width() == 0 || arc.height() == 0) {
            zeroArc(arc, l, left, right);
            return;
        }
        int a0 = arc.angle1(), a1 = Math.clamp(arc.angle2(), -FULL, FULL);
        int startAngle, endAngle;
        if (a1 < 0) {
            startAngle = a0 + a1;
            endAngle = a0;
            Face t = right;
            right = left;
            left = t;
        } else {
            startAngle = a0;
            endAngle = a0 + a1;
        }
        if (startAngle < 0) startAngle = FULL - (-startAngle) % FULL;
        if (startAngle >= FULL) startAngle = startAngle % FULL;
        if (endAngle < 0) endAngle = FULL - (-endAngle) % FULL;
        if (endAngle > FULL) endAngle = (endAngle - 1) % FULL + 1;
        if (startAngle == endAngle && a1 != 0) {
            startAngle = 0;
            endAngle = FULL;
        }
        drawArc(arc, l, startAngle, endAngle, right, left);
    }

    /** Arcs of zero width or height are straight lines: a rectangle lw thick. */
    private void zeroArc(ArcSpec arc, int lw, Face left, Face right) {
        double l = lw / 2.0;
        int a0 = arc.angle1(), a1 = Math.clamp(arc.angle2(), -FULL, FULL);
        double w = arc.width() / 2.0, h = arc.height() / 2.0;
        double startAngle = -(a0 / 64.0), endAngle = -((a0 + a1) / 64.0);
        double xmax = -w, xmin = w, ymax = -h, ymin = h;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        double a = startAngle;
        for (int guard = 0; guard < 64; guard++) {
            double x = w * dcos(a), y = h * dsin(a);
            if (a == startAngle) {
                x0 = x;
                y0 = y;
            }
            if (a == endAngle) {
                x1 = x;
                y1 = y;
            }
            xmax = Math.max(xmax, x);
            xmin = Math.min(xmin, x);
            ymax = Math.max(ymax, y);
            ymin = Math.min(ymin, y);
            if (a == endAngle) break;
            if (a1 < 0) {
                a = Math.floor(a / 90.0) == Math.floor(endAngle / 90.0) ? endAngle : 90 * (Math.floor(a / 90.0) + 1);
            } else {
                a = Math.ceil(a / 90.0) == Math.ceil(endAngle / 90.0) ? endAngle : 90 * (Math.ceil(a / 90.0) - 1);
            }
        }
        double lx = l, ly = l;
        if ((x1 - x0) + (y1 - y0) < 0) lx = ly = -l;
        if (h != 0) {
            ly = 0.0;
            lx = -lx;
        } else {
            lx = 0.0;
        }
        if (right != null) {
            right.center = new Pt(x0, y0);
            right.clock = new Pt(x0 - lx, y0 - ly);
            right.counterClock = new Pt(x0 + lx, y0 + ly);
        }
        if (left != null) {
            left.center = new Pt(x1, y1);
            left.clock = new Pt(x1 + lx, y1 + ly);
            left.counterClock = new Pt(x1 - lx, y1 - ly);
        }
        double ylo = ymin, yhi = ymax;
        if (ylo != yhi) {
            xmin = -l;
            xmax = l;
        } else {
            ymin = -l;
            ymax = l;
        }
        if (xmax != xmin && ymax != ymin) {
            int minx = iceil(xmin + w) + arc.x(), maxx = iceil(xmax + w) + arc.x();
            int miny = iceil(ymin + h) + arc.y(), maxy = iceil(ymax + h) + arc.y();
            // PolyFillRect with 16-bit fields
            int rx = (short) minx, ry = (short) miny, rw = (maxx - minx) & 0xFFFF, rh = (maxy - miny) & 0xFFFF;
            for (int y = ry; y < ry + rh; y++) group.add(y, rx, rx + rw);
        }
    }

    private static final class Acc {
        double tailY, h2, w2, h4, w4, h2mw2, h2l, w2l, fromIntX, fromIntY;
        boolean leftValid, rightValid;
        double leftM, leftB, rightM, rightB;
        int yorgu, yorgl, xorg;
    }

    private static final class Def {
        double w, h, l, a0, a1;
    }

    /** y bounds of the pieces of a sweep (cartesian, y up). */
    private static final class Bound {
        double ellipseMin, ellipseMax, innerMin, innerMax, outerMin, outerMax, rightMin, rightMax, leftMin, leftMax;
        int inneriMin, inneriMax, outeriMin, outeriMax;
    }

    private static boolean within(double v, double min, double max) {
        return min <= v && v <= max;
    }

    /** Spans of the last ellipse size drawn: dashes of one arc all share them. */
    private SpanData cachedSpans;
    private int cachedWidth = -1, cachedHeight = -1;

    private void drawArc(ArcSpec arc, int l, int a0, int a1, Face right, Face left) {
        if (cachedSpans == null || cachedWidth != arc.width() || cachedHeight != arc.height()) {
            cachedSpans = computeWideEllipse(l, arc);
            cachedWidth = arc.width();
            cachedHeight = arc.height();
        }
        SpanData sd = cachedSpans;
        if (a1 < a0) a1 += FULL;
        int startq = a0 / (90 * 64);
        int endq = a0 == a1 ? startq : (a1 - 1) / (90 * 64);
        int[][] band = new int[5][3]; // a0, a1, mask
        int bandno = 0, curq = startq, rightq = -1, leftq = 0, righta = 0, lefta = 0;
        int q0 = 0, q1 = 0;
        while (true) {
            switch (curq) {
                case 0 -> {
                    q0 = a0 > 90 * 64 ? 0 : a0;
                    q1 = a1 < 360 * 64 ? Math.min(a1, 90 * 64) : 90 * 64;
                    if (curq == startq && a0 == q0 && rightq < 0) {
                        righta = q0;
                        rightq = curq;
                    }
                    if (curq == endq && a1 == q1) {
                        lefta = q1;
                        leftq = curq;
                    }
                }
                case 1 -> {
                    q0 = a1 < 90 * 64 ? 0 : 180 * 64 - Math.min(a1, 180 * 64);
                    q1 = a0 > 180 * 64 ? 90 * 64 : 180 * 64 - Math.max(a0, 90 * 64);
                    if (curq == startq && 180 * 64 - a0 == q1) {
                        righta = q1;
                        rightq = curq;
                    }
                    if (curq == endq && 180 * 64 - a1 == q0) {
                        lefta = q0;
                        leftq = curq;
                    }
                }
                case 2 -> {
                    q0 = a0 > 270 * 64 ? 0 : Math.max(a0, 180 * 64) - 180 * 64;
                    q1 = a1 < 180 * 64 ? 90 * 64 : Math.min(a1, 270 * 64) - 180 * 64;
                    if (curq == startq && a0 - 180 * 64 == q0) {
                        righta = q0;
                        rightq = curq;
                    }
                    if (curq == endq && a1 - 180 * 64 == q1) {
                        lefta = q1;
                        leftq = curq;
                    }
                }
                default -> {
                    q0 = a1 < 270 * 64 ? 0 : 360 * 64 - Math.min(a1, 360 * 64);
                    q1 = 360 * 64 - Math.max(a0, 270 * 64);
                    if (curq == startq && 360 * 64 - a0 == q1) {
                        righta = q1;
                        rightq = curq;
                    }
                    if (curq == endq && 360 * 64 - a1 == q0) {
                        lefta = q0;
                        leftq = curq;
                    }
                }
            }
            band[bandno][0] = q0;
            band[bandno][1] = q1;
            band[bandno][2] = 1 << curq;
            bandno++;
            if (curq == endq || bandno == 5) break;
            curq++;
            if (curq == 4) {
                a0 = 0;
                a1 -= 360 * 64;
                curq = 0;
                endq -= 4;
            }
        }
        // merge the quadrant bands into sweeps over first-quadrant angles, each with the mask
        // of the quadrants it applies to
        List<int[]> sweeps = new ArrayList<>();
        while (sweeps.size() < 20) {
            q0 = 90 * 64;
            int mask = 0;
            for (int i = 0; i < bandno; i++) {
                if (band[i][0] <= q0) {
                    q0 = band[i][0];
                    q1 = band[i][1];
                    mask = band[i][2];
                }
            }
            if (mask == 0) break;
            for (int i = 0; i < bandno; i++) {
                if ((mask & band[i][2]) == 0) {
                    if (band[i][0] == q0) {
                        if (band[i][1] < q1) q1 = band[i][1];
                        mask |= band[i][2];
                    } else if (band[i][0] < q1) {
                        q1 = band[i][0];
                    }
                }
            }
            sweeps.add(new int[] {q0, q1, mask});
            for (int i = 0; i < bandno; i++) {
                if (band[i][0] == q0) {
                    band[i][0] = q1;
                    if (band[i][0] == band[i][1]) band[i][1] = band[i][0] = 90 * 64 + 1;
                }
            }
        }
        Def def = new Def();
        Acc acc = computeAcc(arc, l, def);
        boolean flipRight = false, flipLeft = false, copyEnd = false;
        for (int[] sw : sweeps) {
            int mask = sw[2];
            Face passRight = null, passLeft = null;
            if (rightq >= 0 && (mask & (1 << rightq)) != 0) {
                if (sw[0] == righta) passRight = right;
                else if (sw[1] == righta) {
                    passLeft = right;
                    flipRight = true;
                }
            }
            if ((mask & (1 << leftq)) != 0) {
                if (sw[1] == lefta) {
                    if (passLeft != null) copyEnd = true;
                    passLeft = left;
                } else if (sw[0] == lefta) {
                    if (passRight != null) copyEnd = true;
                    passRight = left;
                    flipLeft = true;
                }
            }
            drawQuadrant(def, acc, sw[0], sw[1], mask, passRight, passLeft, sd);
        }
        // when both ends were computed in one sweep only the left face got the data
        if (copyEnd && right != null && left != null) right.set(left);
        if (right != null) {
            mirror(rightq, right.clock);
            mirror(rightq, right.center);
            mirror(rightq, right.counterClock);
            if (flipRight) {
                Pt t = right.clock;
                right.clock = right.counterClock;
                right.counterClock = t;
            }
        }
        if (left != null) {
            mirror(leftq, left.counterClock);
            mirror(leftq, left.center);
            mirror(leftq, left.clock);
            if (flipLeft) {
                Pt t = left.clock;
                left.clock = left.counterClock;
                left.counterClock = t;
            }
        }
    }

    private static void mirror(int quadrant, Pt p) {
        switch (quadrant) {
            case 1 -> p.x = -p.x;
            case 2 -> {
                p.x = -p.x;
                p.y = -p.y;
            }
            case 3 -> p.y = -p.y;
            default -> {
            }
        }
        p.y = -p.y; // to X's y-down coordinates
    }

    private static Acc computeAcc(ArcSpec arc, int lw, Def def) {
        Acc acc = new Acc();
        def.w = arc.width() / 2.0;
        def.h = arc.height() / 2.0;
        def.l = lw / 2.0;
        acc.h2 = def.h * def.h;
        acc.w2 = def.w * def.w;
        acc.h4 = acc.h2 * acc.h2;
        acc.w4 = acc.w2 * acc.w2;
        acc.h2l = acc.h2 * def.l;
        acc.w2l = acc.w2 * def.l;
        acc.h2mw2 = acc.h2 - acc.w2;
        acc.fromIntX = (arc.width() & 1) != 0 ? 0.5 : 0.0;
        acc.fromIntY = (arc.height() & 1) != 0 ? 0.5 : 0.0;
        acc.xorg = arc.x() + (arc.width() >> 1);
        acc.yorgu = arc.y() + (arc.height() >> 1);
        acc.yorgl = acc.yorgu + (arc.height() & 1);
        // the ellipse y of the bottom of the "tail" where the inner edge folds over
        acc.tailY = 0.0;
        if (def.w != def.h) {
            double t = def.l * def.w;
            boolean skip = def.w > def.h ? t < acc.h2 : t > acc.h2;
            if (!skip) {
                t = 2.0 * def.h * t;
                t = (CUBED_ROOT_4 * acc.h2 - cbrt(t * t)) / acc.h2mw2;
                if (t > 0.0) acc.tailY = def.h / CUBED_ROOT_2 * Math.sqrt(t);
            }
        }
        return acc;
    }

    private static double outerXfromXY(double x, double y, Acc acc) {
        return x + (x * acc.h2l) / Math.sqrt(x * x * acc.h4 + y * y * acc.w4);
    }

    private static double outerYfromXY(double x, double y, Acc acc) {
        return y + (y * acc.w2l) / Math.sqrt(x * x * acc.h4 + y * y * acc.w4);
    }

    private static double innerXfromXY(double x, double y, Acc acc) {
        return x - (x * acc.h2l) / Math.sqrt(x * x * acc.h4 + y * y * acc.w4);
    }

    private static double innerYfromXY(double x, double y, Acc acc) {
        return y - (y * acc.w2l) / Math.sqrt(x * x * acc.h4 + y * y * acc.w4);
    }

    private static double innerYfromY(double y, Def def, Acc acc) {
        double x = (def.w / def.h) * Math.sqrt(acc.h2 - y * y);
        return y - (y * acc.w2l) / Math.sqrt(x * x * acc.h4 + y * y * acc.w4);
    }

    private static Bound computeBound(Def def, Acc acc, Face right, Face left) {
        Bound b = new Bound();
        b.ellipseMin = qsin(def.a0) * def.h;
        b.ellipseMax = qsin(def.a1) * def.h;
        double exMin = def.a0 == 45 && def.w == def.h ? b.ellipseMin : qcos(def.a0) * def.w;
        double exMax = def.a1 == 45 && def.w == def.h ? b.ellipseMax : qcos(def.a1) * def.w;
        b.outerMin = outerYfromXY(exMin, b.ellipseMin, acc);
        b.outerMax = outerYfromXY(exMax, b.ellipseMax, acc);
        b.innerMin = innerYfromXY(exMin, b.ellipseMin, acc);
        b.innerMax = innerYfromXY(exMax, b.ellipseMax, acc);
        double outerxMin = outerXfromXY(exMin, b.ellipseMin, acc), outerxMax = outerXfromXY(exMax, b.ellipseMax, acc);
        double innerxMin = innerXfromXY(exMin, b.ellipseMin, acc), innerxMax = innerXfromXY(exMax, b.ellipseMax, acc);
        // the end faces, for caps and joins (still cartesian here; mirrored later)
        if (right != null) {
            right.counterClock = new Pt(outerxMin, b.outerMin);
            right.center = new Pt(exMin, b.ellipseMin);
            right.clock = new Pt(innerxMin, b.innerMin);
        }
        if (left != null) {
            left.clock = new Pt(outerxMax, b.outerMax);
            left.center = new Pt(exMax, b.ellipseMax);
            left.counterClock = new Pt(innerxMax, b.innerMax);
        }
        b.leftMin = b.innerMax;
        b.leftMax = b.outerMax;
        b.rightMin = b.innerMin;
        b.rightMax = b.outerMin;
        if (b.innerMin == b.outerMin) {
            acc.rightValid = false;
        } else {
            acc.rightM = (innerxMin - outerxMin) / (b.innerMin - b.outerMin);
            acc.rightB = innerxMin - b.innerMin * acc.rightM;
            acc.rightValid = true;
        }
        if (b.innerMax == b.outerMax) {
            acc.leftValid = false;
        } else {
            acc.leftM = (innerxMax - outerxMax) / (b.innerMax - b.outerMax);
            acc.leftB = innerxMax - b.innerMax * acc.leftM;
            acc.leftValid = true;
        }
        if (b.innerMin > b.innerMax) {
            double t = b.innerMin;
            b.innerMin = b.innerMax;
            b.innerMax = t;
        }
        double tailY = acc.tailY;
        if (tailY > b.ellipseMax) tailY = b.ellipseMax;
        else if (tailY < b.ellipseMin) tailY = b.ellipseMin;
        double innerTaily = innerYfromY(tailY, def, acc);
        if (b.innerMin > innerTaily) b.innerMin = innerTaily;
        if (b.innerMax < innerTaily) b.innerMax = innerTaily;
        b.inneriMin = iceil(b.innerMin - acc.fromIntY);
        b.inneriMax = cInt(Math.floor(b.innerMax - acc.fromIntY));
        b.outeriMin = iceil(b.outerMin - acc.fromIntY);
        b.outeriMax = cInt(Math.floor(b.outerMax - acc.fromIntY));
        return b;
    }

    /** The ellipse y whose normal reaches furthest along scan line y. */
    private static double hookEllipseY(double scanY, Bound b, Acc acc, boolean left) {
        if (acc.h2mw2 == 0) {
            if ((scanY > 0 && !left) || (scanY < 0 && left)) return b.ellipseMin;
            return b.ellipseMax;
        }
        double ret = (acc.h4 * scanY) / acc.h2mw2;
        return ret >= 0 ? cbrt(ret) : -cbrt(-ret);
    }

    private static double hookX(double scanY, Def def, Bound b, Acc acc, boolean left) {
        if (def.w != def.h) {
            double ey = hookEllipseY(scanY, b, acc, left);
            if (within(ey, b.ellipseMin, b.ellipseMax)) {
                double maxMin = ey * ey * ey * acc.h2mw2 - acc.h2 * scanY * (3 * ey * ey - 2 * acc.h2);
                if ((left && maxMin > 0) || (!left && maxMin < 0)) {
                    // X.Org's precedence: (w + left) ? -l : l
                    if (ey == 0) return (def.w + (left ? 1 : 0)) != 0 ? -def.l : def.l;
                    return (acc.h2 * scanY - ey * acc.h2mw2) * Math.sqrt(acc.h2 - ey * ey) / (def.h * def.w * ey);
                }
            }
        }
        if (left) {
            if (acc.leftValid && within(scanY, b.leftMin, b.leftMax)) return acc.leftM * scanY + acc.leftB;
            if (acc.rightValid) return acc.rightM * scanY + acc.rightB;
            return def.w - def.l;
        }
        if (acc.rightValid && within(scanY, b.rightMin, b.rightMax)) return acc.rightM * scanY + acc.rightB;
        if (acc.leftValid) return acc.leftM * scanY + acc.leftB;
        return def.w - def.l;
    }

    private void arcSpan(int y, int lx, int lw, int rx, int rw, Def def, Bound b, Acc acc, int mask) {
        int linx, loutx, rinx, routx;
        if (b.inneriMin <= y && y <= b.inneriMax) {
            linx = -(lx + lw);
            rinx = rx;
        } else {
            double x = hookX(y + acc.fromIntY, def, b, acc, true);
            if (acc.rightValid && within(y + acc.fromIntY, b.rightMin, b.rightMax)) {
                double altx = acc.rightM * (y + acc.fromIntY) + acc.rightB;
                if (altx < x) x = altx;
            }
            linx = -iceil(acc.fromIntX - x);
            rinx = iceil(acc.fromIntX + x);
        }
        if (b.outeriMin <= y && y <= b.outeriMax) {
            loutx = -lx;
            routx = rx + rw;
        } else {
            double x = hookX(y + acc.fromIntY, def, b, acc, false);
            if (acc.leftValid && within(y + acc.fromIntY, b.leftMin, b.leftMax)) {
                double altx = x;
                x = acc.leftM * (y + acc.fromIntY) + acc.leftB;
                if (x < altx) x = altx;
            }
            loutx = -iceil(acc.fromIntX - x);
            routx = iceil(acc.fromIntX + x);
        }
        if (routx > rinx) {
            if ((mask & 1) != 0) arcSpans.add(acc.yorgu - y, acc.xorg + rinx, acc.xorg + routx);
            if ((mask & 8) != 0) arcSpans.add(acc.yorgl + y, acc.xorg + rinx, acc.xorg + routx);
        }
        if (loutx > linx) {
            if ((mask & 2) != 0) arcSpans.add(acc.yorgu - y, acc.xorg - loutx, acc.xorg - linx);
            if ((mask & 4) != 0) arcSpans.add(acc.yorgl + y, acc.xorg - loutx, acc.xorg - linx);
        }
    }

    private void arcSpan0(int lx, int lw, int rx, int rw, Def def, Bound b, Acc acc, int mask) {
        if (b.inneriMin <= 0 && 0 <= b.inneriMax && acc.leftValid && within(0, b.leftMin, b.leftMax) && acc.leftB > 0) {
            double x = def.w - def.l;
            if (acc.leftB < x) x = acc.leftB;
            lw = iceil(acc.fromIntX - x) - lx;
            rw += rx;
            rx = iceil(acc.fromIntX + x);
            rw -= rx;
        }
        arcSpan(0, lx, lw, rx, rw, def, b, acc, mask);
    }

    private void tailSpan(int y, int lw, int rw, Def def, Bound b, Acc acc, int mask) {
        if (b.outeriMin <= y && y <= b.outeriMax) {
            arcSpan(y, 0, lw, -rw, rw, def, b, acc, mask);
        } else if (def.w != def.h) {
            double yy = y + acc.fromIntY;
            double x = tailX(yy, def, b, acc);
            if (yy == 0.0 && x == -rw - acc.fromIntX) return;
            if (acc.rightValid && within(yy, b.rightMin, b.rightMax)) {
                double rx = x, lx = -x;
                double xalt = acc.rightM * yy + acc.rightB;
                if (xalt >= -rw - acc.fromIntX && xalt <= rx) rx = xalt;
                int n = iceil(acc.fromIntX + lx);
                if (lw > n) {
                    if ((mask & 2) != 0) arcSpans.add(acc.yorgu - y, acc.xorg + n, acc.xorg + lw);
                    if ((mask & 4) != 0) arcSpans.add(acc.yorgl + y, acc.xorg + n, acc.xorg + lw);
                }
                n = iceil(acc.fromIntX + rx);
                if (n > -rw) {
                    if ((mask & 1) != 0) arcSpans.add(acc.yorgu - y, acc.xorg - rw, acc.xorg + n);
                    if ((mask & 8) != 0) arcSpans.add(acc.yorgl + y, acc.xorg - rw, acc.xorg + n);
                }
            }
            arcSpan(y, iceil(acc.fromIntX - x), 0, iceil(acc.fromIntX + x), 0, def, b, acc, mask);
        }
    }

    /** x of the inner edge at scan line k where the inner boundary folds (the "tail"). */
    private static double tailX(double kk, Def def, Bound b, Acc acc) {
        double w = def.w, h = def.h, r = def.l, rs = r * r;
        double hs = acc.h2, wh = -acc.h2mw2;
        double nk = def.w * r;
        double vk = (nk * hs) / (wh + wh);
        double hf = acc.h4;
        nk = (hf - nk * nk) / wh;
        double[] xs = new double[2];
        if (kk == 0.0) {
            if (nk < 0.0 && -nk < hs) {
                xs[0] = w * Math.sqrt(1 + nk / hs) - Math.sqrt(rs + nk);
                xs[1] = w - r;
                if (acc.leftValid && within(kk, b.leftMin, b.leftMax) && !within(kk, b.outerMin, b.outerMax)
                    && xs[0] >= 0.0 && xs[1] >= 0.0) return xs[1];
                if (acc.rightValid && within(kk, b.rightMin, b.rightMax) && !within(kk, b.innerMin, b.innerMax)
                    && xs[0] <= 0.0 && xs[1] <= 0.0) return xs[1];
                return xs[0];
            }
            return w - r;
        }
        double fk = hf / wh;
        double hepp = h + EPSILON, hepm = h - EPSILON;
        double n = (kk * kk + nk) / 6.0, nc = n * n * n, vr = vk * kk;
        int xp = 0;
        xs[0] = 0.0;
        double t = nc + vr * vr, d = nc + t, bb, z;
        int flip;
        if (d < 0.0) {
            d = nc;
            bb = n;
            if ((bb < 0.0) == (t < 0.0)) {
                bb = -bb;
                d = -d;
            }
            z = n - 2.0 * bb * ArcLibm.cos(ArcLibm.acos(-t / d) / 3.0);
            flip = (z < 0.0) == (vr < 0.0) ? 2 : 1;
        } else {
            d = vr * Math.sqrt(d);
            z = n + cbrt(t + d) + cbrt(t - d);
            flip = 0;
        }
        double a = Math.sqrt((z + z) - nk);
        double tt = (fk - z) * kk / a;
        boolean solution = false;
        bb = -a + kk;
        d = bb * bb - 4 * (z + tt);
        if (d >= 0 && flip == 2) {
            d = Math.sqrt(d);
            double y = (bb + d) / 2;
            if (y >= 0.0 && y < hepp) {
                solution = true;
                if (y > hepm) y = h;
                double q = y / h, x = w * Math.sqrt(1 - (q * q));
                q = kk - y;
                q = rs - (q * q) >= 0 ? Math.sqrt(rs - (q * q)) : 0;
                xs[xp++] = x - q;
            }
        }
        bb = a + kk;
        d = bb * bb - 4 * (z - tt);
        if (d < 0 && !solution) d = 0.0;
        if (d >= 0) {
            d = Math.sqrt(d);
            double y = (bb + d) / 2;
            if (y < hepp) {
                if (y > hepm) y = h;
                double q = y / h, x = w * Math.sqrt(1 - (q * q));
                q = kk - y;
                double v = rs - (q * q) >= 0 ? x - Math.sqrt(rs - (q * q)) : x;
                if (xp < 2) xs[xp] = v;
                xp++;
            }
            y = (bb - d) / 2;
            if (y >= 0.0 && flip == 1) {
                if (y > hepm) y = h;
                double q = y / h, x = w * Math.sqrt(1 - (q * q));
                q = kk - y;
                q = rs - (q * q) >= 0 ? Math.sqrt(rs - (q * q)) : 0;
                if (xp < 2) xs[xp] = x - q;
                xp++;
            }
        }
        if (xp > 1) {
            if (acc.leftValid && within(kk, b.leftMin, b.leftMax) && !within(kk, b.outerMin, b.outerMax)
                && xs[0] >= 0.0 && xs[1] >= 0.0) return xs[1];
            if (acc.rightValid && within(kk, b.rightMin, b.rightMax) && !within(kk, b.innerMin, b.innerMax)
                && xs[0] <= 0.0 && xs[1] <= 0.0) return xs[1];
        }
        return xs[0];
    }

    private void drawQuadrant(Def def, Acc acc, int a0, int a1, int mask, Face right, Face left, SpanData sd) {
        def.a0 = a0 / 64.0;
        def.a1 = a1 / 64.0;
        Bound b = computeBound(def, acc, right, left);
        double yy = b.innerMin;
        if (b.outerMin < yy) yy = b.outerMin;
        int miny = iceil(yy - acc.fromIntY);
        yy = b.innerMax;
        if (b.outerMax > yy) yy = b.outerMax;
        int maxy = cInt(Math.floor(yy - acc.fromIntY));
        int y = sd.k;
        int s = 0;
        if (sd.top) {
            if (a1 == 90 * 64 && (mask & 1) != 0) arcSpans.add(acc.yorgu - y - 1, acc.xorg, acc.xorg + 1);
            s++;
        }
        for (int n = sd.count1; --n >= 0; ) {
            if (y < miny) return;
            if (y > maxy) {
                // rows above this sweep: nothing to do, jump (a dash of a huge arc covers few rows)
                int skip = Math.min(y - maxy, n + 1);
                y -= skip;
                s += skip;
                n -= skip - 1;
                continue;
            }
            arcSpan(y, sd.lx[s], -sd.lx[s], 0, sd.lx[s] + sd.lw[s], def, b, acc, mask);
            if (sd.rw[s] + sd.rx[s] != 0) tailSpan(y, -sd.rw[s], -sd.rx[s], def, b, acc, mask);
            y--;
            s++;
        }
        if (y < miny) return;
        if (sd.hole && y <= maxy) arcSpan(y, 0, 0, 0, 1, def, b, acc, mask & 0xc);
        for (int n = sd.count2; --n >= 0; ) {
            if (y < miny) return;
            if (y > maxy) {
                int skip = Math.min(y - maxy, n + 1);
                y -= skip;
                s += skip;
                n -= skip - 1;
                continue;
            }
            arcSpan(y, sd.lx[s], sd.lw[s], sd.rx[s], sd.rw[s], def, b, acc, mask);
            y--;
            s++;
        }
        if (sd.bot && miny <= y && y <= maxy) {
            int m = mask;
            if (y == miny) m &= 0xc;
            if (sd.rw[s] <= 0) {
                arcSpan0(sd.lx[s], -sd.lx[s], 0, sd.lx[s] + sd.lw[s], def, b, acc, m);
                if (sd.rw[s] + sd.rx[s] != 0) tailSpan(y, -sd.rw[s], -sd.rx[s], def, b, acc, m);
            } else {
                arcSpan0(sd.lx[s], sd.lw[s], sd.rx[s], sd.rw[s], def, b, acc, m);
            }
            y--;
        }
        while (y >= miny) {
            yy = y + acc.fromIntY;
            double x;
            if (def.w == def.h) {
                double xalt = def.w - def.l;
                x = -Math.sqrt(xalt * xalt - yy * yy);
            } else {
                x = tailX(yy, def, b, acc);
                if (acc.leftValid && within(yy, b.leftMin, b.leftMax)) {
                    double xalt = acc.leftM * yy + acc.leftB;
                    if (xalt < x) x = xalt;
                }
                if (acc.rightValid && within(yy, b.rightMin, b.rightMax)) {
                    double xalt = acc.rightM * yy + acc.rightB;
                    if (xalt < x) x = xalt;
                }
            }
            arcSpan(y, iceil(acc.fromIntX - x), 0, iceil(acc.fromIntX + x), 0, def, b, acc, mask);
            y--;
        }
    }

    // ------------------------------------------------------------------ caps, joins, polygons

    /** Fills a convex polygon with sub-pixel vertices (mi's miFillSppPoly) into the group. */
    private void fillSppPoly(Pt[] pts, int count, int xTrans, int yTrans, double xFtrans, double yFtrans) {
        count = Math.min(count, pts.length);
        if (count < 3) return;
        int imin = 0;
        double ymin = pts[0].y, ymax = pts[0].y;
        for (int i = 1; i < count; i++) {
            if (pts[i].y < ymin) {
                imin = i;
                ymin = pts[i].y;
            }
            if (pts[i].y > ymax) ymax = pts[i].y;
        }
        int by = iceil(ymin + yFtrans), ty = iceil(ymax + yFtrans - 1);
        if (ty - by + 1 <= 0) return;
        int[] marked = new int[count];
        int nextleft = imin, nextright = imin;
        marked[imin] = -1;
        int y = iceil(pts[nextleft].y + yFtrans);
        double xl = 0, xr = 0, ml = 0, mr = 0;
        int guard = 0;
        do {
            if ((y > pts[nextleft].y + yFtrans || isEqual(y, pts[nextleft].y + yFtrans)) && marked[nextleft] != 1) {
                marked[nextleft]++;
                int left = nextleft++;
                if (nextleft >= count) nextleft = 0;
                double dy = pts[nextleft].y - pts[left].y;
                if (dy != 0.0) {
                    ml = (pts[nextleft].x - pts[left].x) / dy;
                    dy = y - (pts[left].y + yFtrans);
                    xl = (pts[left].x + xFtrans) + ml * cMax(dy, 0);
                }
            }
            if ((y > pts[nextright].y + yFtrans) || (isEqual(y, pts[nextright].y + yFtrans) && marked[nextright] != 1)) {
                marked[nextright]++;
                int right = nextright--;
                if (nextright < 0) nextright = count - 1;
                double dy = pts[nextright].y - pts[right].y;
                if (dy != 0.0) {
                    mr = (pts[nextright].x - pts[right].x) / dy;
                    dy = y - (pts[right].y + yFtrans);
                    xr = (pts[right].x + xFtrans) + mr * cMax(dy, 0);
                }
            }
            double i = (cMin(pts[nextleft].y, pts[nextright].y) + yFtrans) - y;
            int j;
            if (i < EPSILON) {
                if (marked[nextleft] != 0 && marked[nextright] != 0) break;
                if (++guard > 64 * count + 1000) break; // X.Org relies on convexity to end
                continue;
            } else {
                j = cInt(i);
                if (j == 0) j++;
            }
            while (j > 0) {
                int cxl = iceil(xl), cxr = iceil(xr);
                // x and width as X.Org computes them, with int wrap-around (NaN edges give
                // INT_MIN + 1 and may cover a whole row, as they do on Xvfb)
                int x, width;
                if (xl < xr) {
                    width = cxr - cxl;
                    x = cxl + xTrans;
                } else {
                    width = cxl - cxr;
                    x = cxr + xTrans;
                }
                group.add(y + yTrans, x, x + width);
                y++;
                xl += ml;
                xr += mr;
                j--;
            }
        } while (y <= ty);
    }

    private static double angleBetween(Pt center, Pt p1, Pt p2) {
        double a1 = datan2(-(p1.y - center.y), p1.x - center.x);
        double a2 = datan2(-(p2.y - center.y), p2.x - center.x);
        double a = a2 - a1;
        if (a <= -180.0) a += 360.0;
        else if (a > 180.0) a -= 360.0;
        return a;
    }

    private static Face translated(Face f, int x, int y, double fx, double fy) {
        Face b = f.copy();
        fx += x;
        fy += y;
        b.clock.x -= fx;
        b.clock.y -= fy;
        b.center.x -= fx;
        b.center.y -= fy;
        b.counterClock.x -= fx;
        b.counterClock.y -= fy;
        return b;
    }

    private void arcJoin(Face pLeft, Face pRight, int xOrgLeft, int yOrgLeft, double xFtransLeft, double yFtransLeft,
                         int xOrgRight, int yOrgRight, double xFtransRight, double yFtransRight) {
        int xOrg = (xOrgRight + xOrgLeft) / 2, yOrg = (yOrgRight + yOrgLeft) / 2;
        double xFtrans = (xFtransLeft + xFtransRight) / 2, yFtrans = (yFtransLeft + yFtransRight) / 2;
        Face right = translated(pRight, xOrg - xOrgRight, yOrg - yOrgRight, xFtrans - xFtransRight, yFtrans - yFtransRight);
        Face left = translated(pLeft, xOrg - xOrgLeft, yOrg - yOrgLeft, xFtrans - xFtransLeft, yFtrans - yFtransLeft);
        if (right.clock.x == left.counterClock.x && right.clock.y == left.counterClock.y) return;
        Pt center = right.center, corner, otherCorner;
        double a = angleBetween(center, right.clock, left.counterClock);
        if (0 <= a && a <= 180.0) {
            corner = right.clock;
            otherCorner = left.counterClock;
        } else {
            a = angleBetween(center, left.clock, right.counterClock);
            corner = left.clock;
            otherCorner = right.counterClock;
        }
        switch (gc.joinStyle) {
            case GraphicsContext.JOIN_ROUND -> {
                double width = lineWidth != 0 ? lineWidth : 1;
                double[] arc = {center.x - width / 2, center.y - width / 2, width, width,
                    -datan2(corner.y - center.y, corner.x - center.x), a};
                Pt[] pts = arcPoints(arc, new Pt[] {otherCorner.copy(), center.copy(), corner.copy()});
                if (pts != null) fillSppPoly(pts, pts.length - 3, xOrg, yOrg, xFtrans, yFtrans);
                return;
            }
            case GraphicsContext.JOIN_MITER -> {
                // no miter below 11 degrees between the arcs
                if (a < 169.0) {
                    double bc2 = (corner.x - otherCorner.x) * (corner.x - otherCorner.x)
                        + (corner.y - otherCorner.y) * (corner.y - otherCorner.y);
                    double ec2 = bc2 / 4;
                    double ac2 = (corner.x - center.x) * (corner.x - center.x) + (corner.y - center.y) * (corner.y - center.y);
                    double ae = Math.sqrt(ac2 - ec2);
                    double de = ec2 / ae;
                    Pt e = new Pt((corner.x + otherCorner.x) / 2, (corner.y + otherCorner.y) / 2);
                    Pt tip = new Pt(e.x + de * (e.x - center.x) / ae, e.y + de * (e.y - center.y) / ae);
                    fillSppPoly(new Pt[] {corner, center, otherCorner, tip, corner}, 5, xOrg, yOrg, xFtrans, yFtrans);
                    return;
                }
                fillSppPoly(new Pt[] {corner, center, otherCorner, corner}, 4, xOrg, yOrg, xFtrans, yFtrans);
            }
            default -> fillSppPoly(new Pt[] {corner, center, otherCorner, corner}, 4, xOrg, yOrg, xFtrans, yFtrans);
        }
    }

    private void arcCap(Face face, int xOrg, int yOrg, double xFtrans, double yFtrans) {
        Pt corner = face.clock, otherCorner = face.counterClock, center = face.center;
        switch (gc.capStyle) {
            case GraphicsContext.CAP_PROJECTING -> {
                Pt[] poly = {
                    otherCorner.copy(), corner.copy(),
                    new Pt(corner.x - (center.y - corner.y), corner.y + (center.x - corner.x)),
                    new Pt(otherCorner.x - (otherCorner.y - center.y), otherCorner.y + (otherCorner.x - center.x)),
                    otherCorner.copy()};
                fillSppPoly(poly, 5, xOrg, yOrg, xFtrans, yFtrans);
            }
            case GraphicsContext.CAP_ROUND -> {
                double width = lineWidth != 0 ? lineWidth : 1;
                double angle1 = -datan2(corner.y - center.y, corner.x - center.x);
                // the cap's far end is never the centre here, so the half circle runs corner to corner
                double angle2 = -datan2(otherCorner.y - center.y, otherCorner.x - center.x) - angle1;
                if (angle2 < 0) angle2 += 360.0;
                double[] arc = {center.x - width / 2, center.y - width / 2, width, width, angle1, angle2};
                Pt[] pts = arcPoints(arc, new Pt[0]);
                if (pts != null) fillSppPoly(pts, pts.length, xOrg, yOrg, xFtrans, yFtrans);
            }
            default -> {
            }
        }
    }

    /**
     * Appends a polygonal approximation of an arc (x, y, w, h, angle1, angle2 in degrees) to
     * {@code prefix}; steps are chosen so each is within half a pixel. Null if degenerate.
     */
    private static Pt[] arcPoints(double[] arc, Pt[] prefix) {
        double st = -arc[4], et = -arc[5];
        double cdt = arc[3] > arc[2] ? arc[3] : arc[2];
        cdt /= 2.0;
        if (cdt <= 0) return null;
        if (cdt < 1.0) cdt = 1.0;
        double dt = dasin(1.0 / cdt);
        int count = cInt(et / dt);
        count = Math.abs(count) + 1;
        dt = et / count;
        count++;
        if (count <= 0 || count > 1_000_000) return null; // C fails its allocation there
        cdt = 2 * dcos(dt);
        int cpt = prefix.length;
        Pt[] poly = new Pt[cpt + count];
        System.arraycopy(prefix, 0, poly, 0, cpt);
        double xc = arc[2] / 2.0, yc = arc[3] / 2.0;
        double x0 = xc * dcos(st), y0 = yc * dsin(st);
        double x1 = xc * dcos(st + dt), y1 = yc * dsin(st + dt);
        xc += arc[0];
        yc += arc[1];
        poly[cpt] = new Pt(xc + x0, yc + y0);
        poly[cpt + 1] = new Pt(xc + x1, yc + y1);
        int i;
        for (i = 2; i < count; i++) {
            double x2 = cdt * x1 - x0, y2 = cdt * y1 - y0;
            poly[cpt + i] = new Pt(xc + x2, yc + y2);
            x0 = x1;
            y0 = y1;
            x1 = x2;
            y1 = y2;
        }
        if (Math.abs(arc[5]) >= 360.0) poly[cpt + i - 1] = poly[0].copy();
        else poly[cpt + i - 1] = new Pt(dcos(st + et) * arc[2] / 2.0 + xc, dsin(st + et) * arc[3] / 2.0 + yc);
        return poly;
    }

    // ------------------------------------------------------------------ dashes, caps and joins plan

    private static double[] dashMap(ArcSpec arc) {
        double[] map = new double[DASH_MAP_SIZE];
        double prevx = 0.0, prevy = 0.0;
        for (int di = 0; di < DASH_MAP_SIZE; di++) {
            double a = (di * 90.0) / (DASH_MAP_SIZE - 1.0);
            double x = (arc.width() / 2.0) * dcos(a), y = (arc.height() / 2.0) * dsin(a);
            map[di] = di == 0 ? 0.0 : map[di - 1] + ArcLibm.hypot(x - prevx, y - prevy);
            prevx = x;
            prevy = y;
        }
        return map;
    }

    private static final double DASH_X_ANGLE_STEP = (90.0 * 64) / (DASH_MAP_SIZE - 1.0);

    private static double angleToLength(int angle, double[] map) {
        double sidelen = map[DASH_MAP_SIZE - 1], totallen = 0;
        boolean oddSide = false;
        if (angle >= 0) {
            while (angle >= 90 * 64) {
                angle -= 90 * 64;
                totallen += sidelen;
                oddSide = !oddSide;
            }
        } else {
            while (angle < 0) {
                angle += 90 * 64;
                totallen -= sidelen;
                oddSide = !oddSide;
            }
        }
        if (oddSide) angle = 90 * 64 - angle;
        int di = (int) (((long) angle * (DASH_MAP_SIZE - 1)) / (90 * 64));
        int excess = angle - (int) (((long) di * (90 * 64)) / (DASH_MAP_SIZE - 1));
        double len = map[di];
        if (excess > 0) len += (map[di + 1] - map[di]) * excess / DASH_X_ANGLE_STEP;
        return oddSide ? totallen + (sidelen - len) : totallen + len;
    }

    private static int lengthToAngle(double len, double[] map) {
        double sidelen = map[DASH_MAP_SIZE - 1];
        int angle = 0;
        boolean oddSide = false;
        if (len >= 0) {
            if (sidelen == 0) return 2 * FULL;
            while (len >= sidelen) {
                angle += 90 * 64;
                len -= sidelen;
                oddSide = !oddSide;
            }
        } else {
            if (sidelen == 0) return -2 * FULL;
            while (len < 0) {
                angle -= 90 * 64;
                len += sidelen;
                oddSide = !oddSide;
            }
        }
        if (oddSide) len = sidelen - len;
        int a0 = 0, a1 = DASH_MAP_SIZE - 1;
        while (a1 - a0 > 1) {
            int a = (a0 + a1) / 2;
            if (len > map[a]) a0 = a;
            else a1 = a;
        }
        int angleexcess = (int) (((long) a0 * (90 * 64)) / (DASH_MAP_SIZE - 1));
        // C adds a double to an int lvalue: the sum is truncated
        angleexcess = cInt(angleexcess + (len - map[a0]) / (map[a0 + 1] - map[a0]) * DASH_X_ANGLE_STEP);
        return oddSide ? angle + (90 * 64) - angleexcess : angle + angleexcess;
    }

    /** Angle reached after {@code lenp[0]} units along the arc; leaves the unused length in lenp. */
    private static int angleFromPath(int startAngle, int endAngle, double[] map, int[] lenp, boolean backwards) {
        int a0 = startAngle, a1 = endAngle, len = lenp[0];
        if (backwards) {
            a0 = FULL - a0;
            a1 = FULL - a1;
        }
        if (a1 < a0) a1 += FULL;
        double len0 = angleToLength(a0, map);
        int a = lengthToAngle(len0 + len, map);
        if (a > a1) {
            a = a1;
            len = cInt(len - (angleToLength(a1, map) - len0));
        } else {
            len = 0;
        }
        if (backwards) a = FULL - a;
        lenp[0] = len;
        return a;
    }

    /**
     * Splits the request into the arcs (dashes) of each pass and decides where caps and joins go
     * and at which arcs the accumulated spans get painted.
     */
    private Pass[] computeArcs(ArcSpec[] parcs) {
        int narcs = parcs.length;
        boolean isDashed = gc.lineStyle != GraphicsContext.LINE_SOLID;
        boolean isDoubleDash = gc.lineStyle == GraphicsContext.LINE_DOUBLE_DASH;
        int dashOffset = gc.dashOffset & 0xFFFF;
        double[] x0 = new double[narcs], y0 = new double[narcs], x1 = new double[narcs], y1 = new double[narcs];
        boolean[] selfJoins = new boolean[narcs];
        for (int i = 0; i < narcs; i++) {
            ArcSpec p = parcs[i];
            double a0 = p.angle1() / 64.0;
            int angle2 = Math.clamp(p.angle2(), -FULL, FULL);
            selfJoins[i] = angle2 == FULL || angle2 == -FULL;
            double a1 = (p.angle1() + angle2) / 64.0;
            x0[i] = p.x() + p.width() / 2.0 * (1 + dcos(a0));
            y0[i] = p.y() + p.height() / 2.0 * (1 - dsin(a0));
            x1[i] = p.x() + p.width() / 2.0 * (1 + dcos(a1));
            y1[i] = p.y() + p.height() / 2.0 * (1 - dsin(a1));
        }
        Pass[] arcs = isDoubleDash ? new Pass[] {new Pass(), new Pass()} : new Pass[] {new Pass()};
        int iphase = 0, iDash = 0, dashRemaining = 0;
        if (isDashed) {
            dashRemaining = dashes[0];
            while (dashOffset > 0) {
                if (dashOffset >= dashRemaining) {
                    dashOffset -= dashRemaining;
                    iphase = iphase != 0 ? 0 : 1;
                    iDash++;
                    if (iDash == dashes.length) iDash = 0;
                    dashRemaining = dashes[iDash];
                } else {
                    dashRemaining -= dashOffset;
                    dashOffset = 0;
                }
            }
        }
        int iDashStart = iDash, dashRemainingStart = dashRemaining, iphaseStart = iphase;
        int i;
        for (i = narcs - 1; i >= 0; i--) {
            int j = i + 1 == narcs ? 0 : i + 1;
            if (selfJoins[i] || i == j || !isEqual(x1[i], x0[j]) || !isEqual(y1[i], y0[j])) {
                if (iphase == 0 || isDoubleDash) arcs[iphase].caps.add(new int[] {RIGHT_END, 0});
                break;
            }
        }
        int start = i + 1;
        if (start == narcs) start = 0;
        i = start;
        int k = 0, nextk = 0, prevphase = 0;
        int[] lenp = new int[1];
        while (true) {
            int j = i + 1 == narcs ? 0 : i + 1;
            int nexti = j;
            ArcData arc = null;
            if (isDashed) {
                ArcSpec pi = parcs[i];
                int arcType = 0; // 0 other, 1 horizontal, 2 vertical
                if (pi.height() == 0 && (pi.angle1() % FULL) == 0x2d00 && pi.angle2() == 0x2d00) arcType = 1;
                else if (pi.width() == 0 && (pi.angle1() % FULL) == 0x1680 && pi.angle2() == 0x2d00) arcType = 2;
                double[] map = null;
                int startAngle, endAngle;
                boolean backwards = false;
                ArcSpec xarc = pi;
                if (arcType == 0) {
                    map = dashMap(pi);
                    startAngle = pi.angle1();
                    int spanAngle = Math.clamp(pi.angle2(), -FULL, FULL);
                    if (startAngle < 0) startAngle = FULL - (-startAngle) % FULL;
                    if (startAngle >= FULL) startAngle = startAngle % FULL;
                    endAngle = startAngle + spanAngle;
                    backwards = spanAngle < 0;
                } else if (arcType == 2) {
                    xarc = ArcSpec.of(pi.x(), pi.y(), pi.width(), pi.height(), 0x1680, pi.angle2());
                    startAngle = pi.y();
                    endAngle = startAngle + pi.height();
                } else {
                    xarc = ArcSpec.of(pi.x(), pi.y(), pi.width(), pi.height(), 0x2d00, pi.angle2());
                    startAngle = pi.x();
                    endAngle = startAngle + pi.width();
                }
                int dashAngle = startAngle;
                boolean selfJoin = selfJoins[i] && (iphase == 0 || isDoubleDash);
                int guard = 0;
                while (dashAngle != endAngle && guard++ < 200_000) {
                    int prevDashAngle = dashAngle;
                    if (arcType == 0) {
                        lenp[0] = dashRemaining;
                        dashAngle = angleFromPath(prevDashAngle, endAngle, map, lenp, backwards);
                        dashRemaining = lenp[0];
                        // huge arcs with tiny dashes: always make progress
                        if (dashAngle == prevDashAngle) dashAngle += backwards ? -1 : 1;
                    } else {
                        int thisLength = (dashAngle + dashRemaining <= endAngle) ? dashRemaining : endAngle - dashAngle;
                        thisLength &= 0xFFFF;
                        if (arcType == 2) {
                            xarc = ArcSpec.of(xarc.x(), dashAngle, xarc.width(), thisLength, xarc.angle1(), xarc.angle2());
                        } else {
                            xarc = ArcSpec.of(dashAngle, xarc.y(), thisLength, xarc.height(), xarc.angle1(), xarc.angle2());
                        }
                        dashAngle += thisLength;
                        dashRemaining -= thisLength;
                    }
                    if (iphase == 0 || isDoubleDash) {
                        if (arcType == 0) {
                            int spanAngle = prevDashAngle;
                            if (spanAngle < 0) spanAngle = FULL - (-spanAngle) % FULL;
                            if (spanAngle >= FULL) spanAngle = spanAngle % FULL;
                            int a1 = spanAngle;
                            spanAngle = dashAngle - prevDashAngle;
                            if (backwards) {
                                if (dashAngle > prevDashAngle) spanAngle = -FULL + spanAngle;
                            } else {
                                if (dashAngle < prevDashAngle) spanAngle = FULL + spanAngle;
                            }
                            spanAngle = Math.clamp(spanAngle, -FULL, FULL);
                            xarc = ArcSpec.of(pi.x(), pi.y(), pi.width(), pi.height(), a1, spanAngle);
                        }
                        Pass pass = arcs[iphase];
                        arc = new ArcData(xarc);
                        pass.arcs.add(arc);
                        int index = pass.arcs.size() - 1;
                        // on/off dashes are capped at each end
                        if (!isDoubleDash) {
                            if (prevDashAngle != startAngle) pass.caps.add(new int[] {RIGHT_END, index});
                            if (dashAngle != endAngle) pass.caps.add(new int[] {LEFT_END, index});
                        }
                        arc.cap = pass.caps.size();
                        arc.join = pass.joins.size();
                        arc.render = false;
                        arc.selfJoin = dashAngle == endAngle && selfJoin;
                    }
                    prevphase = iphase;
                    if (dashRemaining <= 0) {
                        ++iDash;
                        if (iDash == dashes.length) iDash = 0;
                        iphase = iphase != 0 ? 0 : 1;
                        dashRemaining = dashes[iDash];
                    }
                }
                // a zero-length arc still needs a place for its end data
                if (startAngle == endAngle) {
                    prevphase = iphase;
                    if (!isDoubleDash && iphase == 1) prevphase = 0;
                    Pass pass = arcs[prevphase];
                    arc = new ArcData(parcs[i]);
                    pass.arcs.add(arc);
                    arc.join = pass.joins.size();
                    arc.cap = pass.caps.size();
                    arc.selfJoin = selfJoins[i];
                }
            } else {
                Pass pass = arcs[iphase];
                arc = new ArcData(parcs[i]);
                pass.arcs.add(arc);
                arc.join = pass.joins.size();
                arc.cap = pass.caps.size();
                arc.selfJoin = selfJoins[i];
                prevphase = iphase;
            }
            if (prevphase == 0 || isDoubleDash) k = arcs[prevphase].arcs.size() - 1;
            if (iphase == 0 || isDoubleDash) nextk = arcs[iphase].arcs.size();
            if (nexti == start) {
                nextk = 0;
                if (isDashed) {
                    iDash = iDashStart;
                    iphase = iphaseStart;
                    dashRemaining = dashRemainingStart;
                }
            }
            boolean arcsJoin = narcs > 1 && i != j && isEqual(x1[i], x0[j]) && isEqual(y1[i], y0[j])
                && !selfJoins[i] && !selfJoins[j];
            if (arc != null) arc.render = !arcsJoin;
            if (arcsJoin && (prevphase == 0 || isDoubleDash) && (iphase == 0 || isDoubleDash)) {
                int joinphase = iphase;
                if (isDoubleDash) {
                    if (nexti == start) joinphase = iphaseStart;
                    // a join right at a dash boundary is drawn with the foreground arcs, which are
                    // computed last and so have both faces ready
                    if (joinphase != prevphase) joinphase = 0;
                }
                if (joinphase == 0 || isDoubleDash) {
                    arcs[joinphase].joins.add(new int[] {LEFT_END, k, prevphase, RIGHT_END, nextk, iphase});
                    if (arc != null) arc.join = arcs[prevphase].joins.size();
                }
            } else {
                // cap the left end of this arc unless it joins itself
                if ((prevphase == 0 || isDoubleDash) && arc != null && !arc.selfJoin) {
                    arcs[prevphase].caps.add(new int[] {LEFT_END, k});
                    arc.cap = arcs[prevphase].caps.size();
                }
                if (isDashed && !arcsJoin) {
                    iDash = iDashStart;
                    iphase = iphaseStart;
                    dashRemaining = dashRemainingStart;
                }
                // (X.Org reads past its one-pass array here for an "off" on/off dash; the value
                // is never used then)
                nextk = iphase < arcs.length ? arcs[iphase].arcs.size() : 0;
                if (nexti == start) {
                    nextk = 0;
                    iDash = iDashStart;
                    iphase = iphaseStart;
                    dashRemaining = dashRemainingStart;
                }
                // cap the right end of the next arc; if that is the first arc, only when they
                // join (an on/off dash ending "off")
                if ((iphase == 0 || isDoubleDash) && (nexti != start || (arcsJoin && isDashed))) {
                    arcs[iphase].caps.add(new int[] {RIGHT_END, nextk});
                }
            }
            i = nexti;
            if (i == start) break;
        }
        // make sure the last section is rendered
        for (Pass pass : arcs) {
            if (!pass.arcs.isEmpty()) {
                ArcData last = pass.arcs.getLast();
                last.render = true;
                last.join = pass.joins.size();
                last.cap = pass.caps.size();
            }
        }
        return arcs;
    }
}
