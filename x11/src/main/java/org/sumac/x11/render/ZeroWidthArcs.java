package org.sumac.x11.render;

import java.util.Arrays;

/**
 * Thin (line-width 0) arcs as Xvfb draws them: the incremental ellipse walk of M. L. V. Pitteway
 * ("Algorithm for drawing ellipses or hyperbolae with a digital plotter", 1967) used by X.Org's
 * {@code mi/mizerarc.c} and {@code fb/fbarc.c}. The walk visits the first quadrant of the ellipse
 * and mirrors every point into the four quadrants; a per-quadrant mask, switched at precomputed
 * points, selects which mirrored points belong to a partial arc. All arithmetic is integer except
 * the start/end points, which use sin/cos truncated to int, as in X.Org.
 *
 * <p>Points are emitted one by one, duplicates included, because Xvfb paints duplicates twice
 * (this is visible with GXxor).
 */
final class ZeroWidthArcs {
    static final int FULL = 360 * 64, OCTANT = 45 * 64, QUADRANT = 90 * 64, HALF = 180 * 64, QUADRANT3 = 270 * 64;
    private static final int FAR = 65536; // a marker the walk never reaches
    private static final int NEAR_45 = 64; // start and end within one degree of a 45-degree line

    private ZeroWidthArcs() {
    }

    /** X.Org walks every circle and every ellipse up to 800x800 with this algorithm. */
    static boolean canWalk(ArcSpec arc) {
        return arc.width() == arc.height() || (arc.width() <= 800 && arc.height() <= 800);
    }

    /** A place on the walk where the quadrant mask changes. */
    private static final class Mark {
        int x, y, mask;

        Mark(int x, int y, int mask) {
            this.x = x;
            this.y = y;
            this.mask = mask;
        }

        Mark copy() {
            return new Mark(x, y, mask);
        }

        static Mark far() {
            return new Mark(FAR, FAR, 0);
        }
    }

    /** State of the walk over the first quadrant, plus where the partial-arc mask changes. */
    private static final class Walk {
        int x, y, k1, k3, a, b, d, dx, dy;
        int w, h, xorg, yorg, xorgo, yorgo;
        int initialMask, firstX, firstY, startAngle, endAngle;
        Mark start, altStart, end, altEnd;

        /** Leaves the x-major octant for the y-major one once {@code a} turns negative. */
        void shiftOctant() {
            if (a >= 0) return;
            if (y == h) {
                d = -1;
                a = b = k1 = 0;
                return;
            }
            dx = (k1 << 1) - k3;
            k1 = dx - k1;
            k3 = -k3;
            b = b + a - (k1 >> 1);
            d = b + ((-a) >> 1) - d + (k3 >> 3);
            a = dx < 0 ? -((-dx) >> 1) - a : (dx >> 1) - a;
            dx = 0;
            dy = 1;
        }

        void step() {
            b -= k1;
            if (d < 0) {
                x += dx;
                y += dy;
                a += k1;
                d += b;
            } else {
                x++;
                y++;
                a += k3;
                d -= a;
            }
        }

        /** The circle-only step: x always advances (one octant is walked and mirrored). */
        void circleStep() {
            b -= k1;
            x++;
            if (d < 0) {
                a += k1;
                d += b;
            } else {
                y++;
                a += k3;
                d -= a;
            }
        }
    }

    /** sin/cos of an angle in 1/64 degree, exact at the four axes (the others via libm). */
    private static double sin64(int angle) {
        return angle == 0 ? 0.0 : angle == QUADRANT ? 1.0 : angle == HALF ? 0.0 : angle == QUADRANT3 ? -1.0
            : ArcLibm.sin(angle * (Math.PI / 11520.0));
    }

    private static double cos64(int angle) {
        return angle == 0 ? 1.0 : angle == QUADRANT ? 0.0 : angle == HALF ? -1.0 : angle == QUADRANT3 ? 0.0
            : ArcLibm.cos(angle * (Math.PI / 11520.0));
    }

    private static int normalize(int angle) {
        if (angle < 0) angle = FULL - (-angle) % FULL;
        if (angle >= FULL) angle = angle % FULL;
        return angle;
    }

    /** Where the walk meets the ray at {@code angle}: an x for steep octants, else a y. */
    private static Mark rayMark(ArcSpec arc, int angle, int h) {
        int seg = angle / OCTANT;
        if (arc.height() == 0 || (((seg + 1) & 2) != 0 && arc.width() != 0)) {
            int x = (int) (cos64(angle) * ((arc.width() + 1) / 2.0));
            return new Mark(Math.abs(x), -1, 0);
        }
        int y = Math.abs((int) (sin64(angle) * (arc.height() / 2.0)));
        return new Mark(FAR, h - y, 0);
    }

    /**
     * Prepares the walk; returns true when the arc is a complete ellipse that may be drawn
     * without masks ({@code wholeAllowed}).
     */
    private static boolean setUp(ArcSpec arc, Walk s, boolean wholeAllowed) {
        int width = arc.width(), height = arc.height();
        int odd = width & 1;
        if (width == height) {
            s.k1 = -8;
            s.k3 = -16;
            s.b = 12;
            s.a = (width << 2) - 12;
            s.d = 17 - (width << 1);
            if (odd != 0) {
                s.b -= 4;
                s.a += 4;
                s.d -= 7;
            }
        } else if (width == 0 || height == 0) {
            s.k1 = s.k3 = 0;
            s.a = -height;
            s.b = 0;
            s.d = -1;
        } else {
            int alpha = (width * width) << 2, beta = (height * height) << 2;
            s.k1 = beta << 1;
            s.k3 = s.k1 + (alpha << 1);
            s.b = odd != 0 ? 0 : -beta;
            s.a = alpha * height;
            s.d = s.b - (s.a >> 1) - (alpha >> 2);
            if (odd != 0) s.d -= beta >> 2;
            s.a -= s.b;
            // the first step (d < 0 always), then the switch to the next octant (b < 0 always)
            s.b -= s.k1;
            s.a += s.k1;
            s.d += s.b;
            s.k1 = -s.k1;
            s.k3 = -s.k3;
            s.b = -s.b;
            s.d = s.b - s.a - s.d;
            s.a = s.a - (s.b << 1);
        }
        s.dx = 1;
        s.dy = 0;
        s.w = (width + 1) >> 1;
        s.h = height >> 1;
        s.xorg = arc.x() + (width >> 1);
        s.yorg = arc.y();
        s.xorgo = s.xorg + odd;
        s.yorgo = s.yorg + height;
        if (width == 0) {
            if (height == 0) {
                s.x = s.y = 0;
                s.initialMask = 0;
                s.startAngle = s.endAngle = 0;
                s.start = Mark.far();
                s.end = Mark.far();
                s.altStart = Mark.far();
                s.altEnd = Mark.far();
                return false;
            }
            s.x = 0;
            s.y = 1;
        } else {
            s.x = 1;
            s.y = 0;
        }
        int angle1 = arc.angle1(), angle2 = arc.angle2();
        int startAngle, endAngle;
        if (angle1 == 0 && angle2 >= FULL) {
            startAngle = endAngle = 0;
        } else {
            angle2 = Math.clamp(angle2, -FULL, FULL);
            if (angle2 < 0) {
                startAngle = angle1 + angle2;
                endAngle = angle1;
            } else {
                startAngle = angle1;
                endAngle = angle1 + angle2;
            }
            startAngle = normalize(startAngle);
            endAngle = normalize(endAngle);
        }
        s.startAngle = startAngle;
        s.endAngle = endAngle;
        if (wholeAllowed && startAngle == endAngle && arc.angle2() != 0 && width != 0 && height != 0) {
            s.initialMask = 0xf;
            s.start = Mark.far();
            s.end = Mark.far();
            s.altStart = Mark.far();
            s.altEnd = Mark.far();
            return true;
        }
        int startSeg = startAngle / OCTANT, endSeg = endAngle / OCTANT;
        Mark start = rayMark(arc, startAngle, s.h);
        Mark end = rayMark(arc, endAngle, s.h);
        s.firstX = start.x;
        s.firstY = start.y;
        boolean wraps = arc.angle2() != 0 && endAngle <= startAngle;
        int mask = 0;
        for (int i = 0; i < 4; i++) {
            boolean in = wraps
                ? (i * QUADRANT <= endAngle) || ((i + 1) * QUADRANT > startAngle)
                : (i * QUADRANT <= endAngle) && ((i + 1) * QUADRANT > startAngle);
            if (in) mask |= 1 << i;
        }
        s.initialMask = mask;
        start.mask = mask;
        end.mask = mask;
        startSeg >>= 1;
        endSeg >>= 1;
        boolean sameQuadrantWrap = wraps && endSeg == startSeg;
        if (start.x != end.x || start.y != end.y || !sameQuadrantWrap) {
            if ((startSeg & 1) != 0) {
                if (!sameQuadrantWrap) s.initialMask &= ~(1 << startSeg);
                if (start.x > end.x || start.y > end.y) end.mask &= ~(1 << startSeg);
            } else {
                start.mask &= ~(1 << startSeg);
                if (((start.x < end.x || start.y < end.y)
                    || (start.x == end.x && start.y == end.y && (endSeg & 1) != 0)) && !sameQuadrantWrap) {
                    end.mask &= ~(1 << startSeg);
                }
            }
            if ((endSeg & 1) != 0) {
                end.mask &= ~(1 << endSeg);
                if (((start.x > end.x || start.y > end.y)
                    || (start.x == end.x && start.y == end.y && (startSeg & 1) == 0)) && !sameQuadrantWrap) {
                    start.mask &= ~(1 << endSeg);
                }
            } else {
                if (!sameQuadrantWrap) s.initialMask &= ~(1 << endSeg);
                if (start.x < end.x || start.y < end.y) start.mask &= ~(1 << endSeg);
            }
        }
        // start and end both within a degree of 45: one of them is an x mark, the other a y
        // mark; when they land on the same row let both use the same mask
        if (startAngle != 0 && ((start.y < 0 && end.y >= 0) || (start.y >= 0 && end.y < 0))) {
            int i = (startAngle + OCTANT) % OCTANT;
            if (i < NEAR_45 || i > OCTANT - NEAR_45) {
                i = (endAngle + OCTANT) % OCTANT;
                if (i < NEAR_45 || i > OCTANT - NEAR_45) {
                    if (start.y < 0) {
                        int yy = Math.abs((int) (sin64(startAngle) * (arc.height() / 2.0)));
                        if (s.h - yy == end.y) start.mask = end.mask;
                    } else {
                        int yy = Math.abs((int) (sin64(endAngle) * (arc.height() / 2.0)));
                        if (s.h - yy == start.y) end.mask = start.mask;
                    }
                }
            }
        }
        if ((startSeg & 1) != 0) {
            s.start = start;
            s.end = Mark.far();
        } else {
            s.end = start;
            s.start = Mark.far();
        }
        if ((endSeg & 1) != 0) {
            s.altEnd = end;
            if (s.altEnd.x < s.end.x || s.altEnd.y < s.end.y) {
                Mark t = s.altEnd;
                s.altEnd = s.end;
                s.end = t;
            }
            s.altStart = Mark.far();
        } else {
            s.altStart = end;
            if (s.altStart.x < s.start.x || s.altStart.y < s.start.y) {
                Mark t = s.altStart;
                s.altStart = s.start;
                s.start = t;
            }
            s.altEnd = Mark.far();
        }
        if (s.start.x == 0 || s.start.y == 0) {
            s.initialMask = s.start.mask;
            s.start = s.altStart;
        }
        if (width == 0 && height == 1) {
            // a 0x1 arc: X.Org forces both pixels on
            s.initialMask |= s.end.mask;
            s.initialMask |= s.initialMask << 1;
            s.end.x = 0;
            s.end.mask = 0;
        }
        return false;
    }

    /** Growable list of x,y pairs. */
    static final class Points {
        int[] xy = new int[64];
        int n;

        void add(int x, int y) {
            if (2 * n + 2 > xy.length) xy = Arrays.copyOf(xy, xy.length * 2);
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            n++;
        }

        void clear() {
            n = 0;
        }

        int x(int i) {
            return xy[2 * i];
        }

        int y(int i) {
            return xy[2 * i + 1];
        }

        void emit(SpanSink sink) {
            for (int i = 0; i < n; i++) sink.span(xy[2 * i], xy[2 * i + 1], 1);
        }
    }

    /**
     * The pixels of one solid thin arc. {@code framebufferPath} reproduces fb's direct drawing
     * (used by Xvfb when the arc lies entirely inside the clip), which differs from mi's point
     * list only by not dropping the four duplicate points a full even circle can end with.
     */
    static void solidPoints(ArcSpec arc, boolean framebufferPath, Points out) {
        Walk s = new Walk();
        boolean whole = setUp(arc, s, true);
        int mask = s.initialMask;
        if ((arc.width() & 1) == 0) {
            if ((mask & 2) != 0) out.add(s.xorgo, s.yorg);
            if ((mask & 8) != 0) out.add(s.xorgo, s.yorgo);
        }
        if (s.end.x == 0 || s.end.y == 0) {
            mask = s.end.mask;
            s.end = s.altEnd;
        }
        if (whole && arc.width() == arc.height() && (arc.width() & 1) == 0) {
            // even circle: walk one octant, mirror it eight ways
            int yorgh = s.yorg + s.h, xorghp = s.xorg + s.h, xorghn = s.xorg - s.h;
            while (true) {
                out.add(s.xorg + s.x, s.yorg + s.y);
                out.add(s.xorg - s.x, s.yorg + s.y);
                out.add(s.xorg - s.x, s.yorgo - s.y);
                out.add(s.xorg + s.x, s.yorgo - s.y);
                if (s.a < 0) break;
                out.add(xorghp - s.y, yorgh - s.x);
                out.add(xorghn + s.y, yorgh - s.x);
                out.add(xorghn + s.y, yorgh + s.x);
                out.add(xorghp - s.y, yorgh + s.x);
                s.circleStep();
            }
            int n = out.n;
            if (!framebufferPath && s.x > 1 && n >= 5 && out.x(n - 1) == out.x(n - 5) && out.y(n - 1) == out.y(n - 5)) {
                out.n -= 4;
            }
            s.x = s.w;
            s.y = s.h;
        } else if (whole) {
            while (s.y < s.h || s.x < s.w) {
                s.shiftOctant();
                out.add(s.xorg + s.x, s.yorg + s.y);
                out.add(s.xorgo - s.x, s.yorg + s.y);
                out.add(s.xorgo - s.x, s.yorgo - s.y);
                out.add(s.xorg + s.x, s.yorgo - s.y);
                s.step();
            }
        } else {
            while (s.y < s.h || s.x < s.w) {
                s.shiftOctant();
                if (s.x == s.start.x || s.y == s.start.y) {
                    mask = s.start.mask;
                    s.start = s.altStart;
                }
                if ((mask & 1) != 0) out.add(s.xorg + s.x, s.yorg + s.y);
                if ((mask & 2) != 0) out.add(s.xorgo - s.x, s.yorg + s.y);
                if ((mask & 4) != 0) out.add(s.xorgo - s.x, s.yorgo - s.y);
                if ((mask & 8) != 0) out.add(s.xorg + s.x, s.yorgo - s.y);
                if (s.x == s.end.x || s.y == s.end.y) {
                    mask = s.end.mask;
                    s.end = s.altEnd;
                }
                s.step();
            }
        }
        if (s.x == s.start.x || s.y == s.start.y) mask = s.start.mask;
        if ((mask & 1) != 0) out.add(s.xorg + s.x, s.yorg + s.y);
        if ((mask & 4) != 0) out.add(s.xorgo - s.x, s.yorgo - s.y);
        if ((arc.height() & 1) != 0) {
            if ((mask & 2) != 0) out.add(s.xorgo - s.x, s.yorg + s.y);
            if ((mask & 8) != 0) out.add(s.xorg + s.x, s.yorgo - s.y);
        }
    }

    /** Dash state carried from one arc of a PolyArc request to the next. */
    static final class DashState {
        final int[] dashes;
        boolean skipStart, haveStart, haveLast, skipLast;
        int startX, startY, endX, endY;
        int index, offset, indexInit, offsetInit;

        DashState(int[] dashes, int dashOffset) {
            this.dashes = dashes;
            // step dashOffset units into the pattern (as mi's miStepDash)
            int total = 0;
            for (int v : dashes) total += v;
            int i = 0, dist = dashOffset;
            if (dist < dashes[0]) {
                offsetInit = dist;
            } else {
                dist -= dashes[0];
                i = 1 % dashes.length;
                if (total <= dist) dist %= total;
                while (dist >= dashes[i]) {
                    dist -= dashes[i];
                    i = (i + 1) % dashes.length;
                }
                offsetInit = dist;
            }
            indexInit = i;
        }
    }

    /** A position in one quadrant's point list (index -1 and n are sentinels). */
    private record Ref(int quadrant, int index) {
        Ref plus(int delta) {
            return new Ref(quadrant, index + delta);
        }
    }

    /**
     * The pixels of one dashed thin arc: even dashes into {@code even}, odd dashes into
     * {@code odd}. The walk fills four quadrant lists, which are then read in angular order so
     * that the dash pattern runs counter-clockwise from angle1 (clockwise for negative extents).
     */
    static void dashedPoints(ArcSpec arc, DashState dash, Points even, Points odd) {
        Walk s = new Walk();
        setUp(arc, s, false);
        Points[] quad = {new Points(), new Points(), new Points(), new Points()};
        int mask = s.initialMask;
        int startSeg = s.startAngle / QUADRANT;
        int startPt = 0;
        if ((arc.width() & 1) == 0) {
            if ((mask & 2) != 0) quad[1].add(s.xorgo, s.yorg);
            if ((mask & 8) != 0) quad[3].add(s.xorgo, s.yorgo);
        }
        if (s.end.x == 0 || s.end.y == 0) {
            mask = s.end.mask;
            s.end = s.altEnd;
        }
        while (s.y < s.h || s.x < s.w) {
            s.shiftOctant();
            if (s.x == s.firstX || s.y == s.firstY) startPt = quad[startSeg].n;
            if (s.x == s.start.x || s.y == s.start.y) {
                mask = s.start.mask;
                s.start = s.altStart;
            }
            if ((mask & 1) != 0) quad[0].add(s.xorg + s.x, s.yorg + s.y);
            if ((mask & 2) != 0) quad[1].add(s.xorgo - s.x, s.yorg + s.y);
            if ((mask & 4) != 0) quad[2].add(s.xorgo - s.x, s.yorgo - s.y);
            if ((mask & 8) != 0) quad[3].add(s.xorg + s.x, s.yorgo - s.y);
            if (s.x == s.end.x || s.y == s.end.y) {
                mask = s.end.mask;
                s.end = s.altEnd;
            }
            s.step();
        }
        if (s.x == s.firstX || s.y == s.firstY) startPt = quad[startSeg].n;
        if (s.x == s.start.x || s.y == s.start.y) mask = s.start.mask;
        if ((mask & 1) != 0) quad[0].add(s.xorg + s.x, s.yorg + s.y);
        if ((mask & 4) != 0) quad[2].add(s.xorgo - s.x, s.yorgo - s.y);
        if ((arc.height() & 1) != 0) {
            if ((mask & 2) != 0) quad[1].add(s.xorgo - s.x, s.yorg + s.y);
            if ((mask & 8) != 0) quad[3].add(s.xorg + s.x, s.yorgo - s.y);
        }
        // Five runs in angular order: the start quadrant from the start point, the three
        // following quadrants, then the start quadrant up to the start point. Odd quadrants
        // were filled counter-clockwise, even ones clockwise.
        Ref[] from = new Ref[5], to = new Ref[5];
        int[] delta = new int[5];
        for (int i = 0; i < 4; i++) {
            int seg = (startSeg + i) & 3;
            if ((seg & 1) != 0) {
                from[i] = new Ref(seg, 0);
                to[i] = new Ref(seg, quad[seg].n);
                delta[i] = 1;
            } else {
                from[i] = new Ref(seg, quad[seg].n - 1);
                to[i] = new Ref(seg, -1);
                delta[i] = -1;
            }
        }
        from[4] = from[0];
        to[4] = new Ref(startSeg, startPt);
        from[0] = new Ref(startSeg, startPt);
        if ((startSeg & 1) != 0) {
            if (!from[4].equals(to[4])) to[4] = to[4].plus(-1);
            delta[4] = 1;
        } else {
            if (from[0].index() > from[4].index()) from[0] = from[0].plus(-1);
            if (from[4].index() < to[4].index()) to[4] = to[4].plus(-1);
            delta[4] = -1;
        }
        if (arc.angle2() < 0) {
            // clockwise: reverse the order of the runs and each run's direction
            reverseSwap(from, to, delta, 0, 4);
            reverseSwap(from, to, delta, 1, 3);
            Ref t = from[2].plus(-delta[2]);
            from[2] = to[2].plus(-delta[2]);
            to[2] = t;
            delta[2] = -delta[2];
        }
        int i = 0;
        while (i < 5 && from[i].equals(to[i])) i++;
        if (i == 5) return;
        Ref first = from[i];
        int j = 4;
        while (from[j].equals(to[j])) j--;
        Ref last = to[j].plus(-delta[j]);
        int fx = quad[first.quadrant()].x(first.index()), fy = quad[first.quadrant()].y(first.index());
        int lx = quad[last.quadrant()].x(last.index()), ly = quad[last.quadrant()].y(last.index());
        if (dash.haveLast && fx == dash.endX && fy == dash.endY) {
            // continues the previous arc: its end point is already drawn
            from[i] = from[i].plus(delta[i]);
        } else {
            dash.index = dash.indexInit;
            dash.offset = dash.offsetInit;
        }
        if (!dash.skipStart && s.startAngle != s.endAngle) {
            dash.startX = fx;
            dash.startY = fy;
            dash.haveStart = true;
        } else if (!dash.skipLast && dash.haveStart && lx == dash.startX && ly == dash.startY
            && !last.equals(from[i])) {
            // closes the figure: the first arc's start point is already drawn
            to[j] = last;
        }
        if (s.startAngle != s.endAngle) {
            dash.haveLast = true;
            dash.endX = lx;
            dash.endY = ly;
        }
        int[] dashes = dash.dashes;
        int remaining = dashes[dash.index] - dash.offset;
        for (i = 0; i < 5; i++) {
            Points q = quad[from[i].quadrant()];
            int p = from[i].index(), stop = to[i].index(), d = delta[i];
            while (p != stop) {
                Points target = (dash.index & 1) != 0 ? odd : even;
                while (p != stop && --remaining >= 0) {
                    if (p < 0 || p >= q.n) return; // cannot happen; never loop on bad input
                    target.add(q.x(p), q.y(p));
                    p += d;
                }
                if (remaining <= 0) {
                    if (++dash.index == dashes.length) dash.index = 0;
                    remaining = dashes[dash.index];
                }
            }
        }
        dash.offset = dashes[dash.index] - remaining;
    }

    private static void reverseSwap(Ref[] from, Ref[] to, int[] delta, int p, int q) {
        int dp = delta[p];
        Ref ps = from[p].plus(-dp), pe = to[p].plus(-dp);
        from[p] = to[q].plus(-delta[q]);
        to[p] = from[q].plus(-delta[q]);
        delta[p] = -delta[q];
        from[q] = pe;
        to[q] = ps;
        delta[q] = -dp;
    }
}
