package org.sumac.x11.render;

/**
 * PolyFillArc as Xvfb does it (X.Org {@code mi/mifillarc.c}, which fb uses unchanged): an
 * integer midpoint walk of the ellipse from its widest row outwards produces one span per row
 * of each half; partial arcs clip those spans against one or two edge lines stepped with a
 * Bresenham-style error term (pie slice: the two radii; chord: the line between the end
 * points). Only the slopes and chord end points use floating point, as in X.Org.
 *
 * <p>X.Org uses int arithmetic for circles and ellipses up to 800x800 and doubles beyond; all
 * of those values are integers below 2^53, so one {@code long} walk reproduces both exactly.
 */
final class FilledArcs {
    private static final int FULL = 360 * 64, QUADRANT = 90 * 64, HALF = 180 * 64, QUADRANT3 = 270 * 64;

    private FilledArcs() {
    }

    /** Arcs that paint nothing at all. */
    static boolean isEmpty(ArcSpec arc) {
        return arc.angle2() == 0 || arc.width() == 0 || arc.height() == 0
            || (arc.width() == 1 && (arc.height() & 1) != 0);
    }

    /** The ellipse walk: one step per row from the middle row to the top. */
    private static final class Walk {
        int xorg, yorg, y, dx, dy, x;
        long e, ym, yk, xm, xk;
        int slw; // span width of the current row

        Walk(ArcSpec arc) {
            int width = arc.width(), height = arc.height();
            y = height >> 1;
            dy = height & 1;
            yorg = arc.y() + y;
            int oddW = width & 1;
            xorg = arc.x() + (width >> 1) + oddW;
            dx = 1 - oddW;
            // h^2 (2x - 2xorg)^2 = w^2 h^2 - w^2 (2y - 2yorg)^2, centre on a pixel or between
            ym = (long) width * width * 8;
            xm = (long) height * height * 8;
            yk = y * ym;
            if (dy == 0) yk -= ym >> 1;
            if (dx == 0) {
                xk = 0;
                e = -(xm >> 3);
            } else {
                y++;
                yk += ym;
                xk = -(xm >> 1);
                e = xk - yk;
            }
            if (width == height) {
                // the circle set-up of X.Org is the same equation divided by w^2: same steps
                ym = 8;
                xm = 8;
                yk = (long) (height >> 1) << 3;
                if (dx == 0) {
                    xk = 0;
                    e = -1;
                } else {
                    yk += 4;
                    xk = -4;
                    e = -((long) y << 3);
                }
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

        /** Whether the mirrored row below the centre is distinct and non-empty. */
        boolean hasLower() {
            return (y + dy) != 0 && (slw > 1 || e != xk);
        }
    }

    /** Fills one complete ellipse. */
    static void fillEllipse(ArcSpec arc, SpanSink sink) {
        Walk w = new Walk(arc);
        while (w.y > 0) {
            w.step();
            sink.span(w.xorg - w.x, w.yorg - w.y, w.slw);
            if (w.hasLower()) sink.span(w.xorg - w.x, w.yorg + w.y + w.dy, w.slw);
        }
    }

    /** One edge of a slice, stepped one row at a time. */
    private static final class Edge {
        int x, stepx, deltax, e, dy, dx;

        Edge copy() {
            Edge c = new Edge();
            c.x = x;
            c.stepx = stepx;
            c.deltax = deltax;
            c.e = e;
            c.dy = dy;
            c.dx = dx;
            return c;
        }

        void step() {
            x -= stepx;
            e -= dx;
            if (e <= 0) {
                x -= deltax;
                e += dy;
            }
        }

        /** An edge that never moves (vertical, or off to one side). */
        void fixed(int atX) {
            x = atX;
            stepx = 0;
            e = 0;
            dx = -1;
        }
    }

    /** Which rows of the top and bottom half the slice covers and how its edges clip them. */
    private static final class Slice {
        Edge edge1 = new Edge(), edge2 = new Edge();
        int minTopY, maxTopY, minBotY, maxBotY;
        boolean edge1Top, edge2Top, flipTop, flipBot;
    }

    /** Positions an edge of slope dx/dy through the line {@code k} at the first row walked. */
    private static void placeEdge(ArcSpec arc, Edge edge, int k, boolean top, boolean left) {
        int y = arc.height() >> 1;
        if ((arc.width() & 1) == 0) y++;
        if (!top) {
            y = -y;
            if ((arc.height() & 1) != 0) y--;
        }
        int xady = k + y * edge.dx;
        if (xady <= 0) edge.x = -((-xady) / edge.dy + 1);
        else edge.x = (xady - 1) / edge.dy;
        edge.e = xady - edge.x * edge.dy;
        if ((top && edge.dx < 0) || (!top && edge.dx > 0)) edge.e = edge.dy - edge.e + 1;
        if (left) edge.x++;
        edge.x += arc.x() + (arc.width() >> 1);
        if (edge.dx > 0) {
            edge.deltax = 1;
            edge.stepx = edge.dx / edge.dy;
            edge.dx = edge.dx % edge.dy;
        } else {
            edge.deltax = -1;
            edge.stepx = -((-edge.dx) / edge.dy);
            edge.dx = (-edge.dx) % edge.dy;
        }
        if (!top) {
            edge.deltax = -edge.deltax;
            edge.stepx = -edge.stepx;
        }
    }

    private static double sin64(int a) {
        return ArcLibm.sin(a * (Math.PI / 11520.0));
    }

    private static double cos64(int a) {
        return ArcLibm.cos(a * (Math.PI / 11520.0));
    }

    /** Slope of the radius at {@code angle} scaled to 32768, exact on the axes; {dx, dy}. */
    private static int[] radiusSlope(int angle, int width, int height) {
        switch (angle) {
            case 0: return new int[] {-1, 0};
            case QUADRANT: return new int[] {0, 1};
            case HALF: return new int[] {1, 0};
            case QUADRANT3: return new int[] {0, -1};
            default:
        }
        double ddx = cos64(angle) * width, ddy = sin64(angle) * height;
        boolean negX = ddx < 0.0, negY = ddy < 0.0;
        ddx = Math.abs(ddx);
        ddy = Math.abs(ddy);
        double scale = Math.max(ddx, ddy);
        int dx = (int) Math.floor((ddx * 32768) / scale + 0.5);
        int dy = (int) Math.floor((ddy * 32768) / scale + 0.5);
        return new int[] {negX ? -dx : dx, negY ? -dy : dy};
    }

    private static void pieEdge(ArcSpec arc, int angle, Edge edge, boolean top, boolean left) {
        int[] slope = radiusSlope(angle, arc.width(), arc.height());
        int dx = slope[0], dy = slope[1];
        if (dy == 0) {
            edge.fixed(left ? -65536 : 65536);
            return;
        }
        if (dx == 0) {
            int x = arc.x() + (arc.width() >> 1);
            if (left && (arc.width() & 1) != 0) x++;
            else if (!left && (arc.width() & 1) == 0) x--;
            edge.fixed(x);
            return;
        }
        if (dy < 0) {
            dx = -dx;
            dy = -dy;
        }
        int k = (arc.height() & 1) != 0 ? dx : 0;
        if ((arc.width() & 1) != 0) k += dy;
        edge.dx = dx << 1;
        edge.dy = dy << 1;
        placeEdge(arc, edge, k, top, left);
    }

    private static Slice sliceOf(ArcSpec arc, int arcMode) {
        int angle1 = arc.angle1(), angle2;
        if (arc.angle2() < 0) {
            angle2 = angle1;
            angle1 += arc.angle2();
        } else {
            angle2 = angle1 + arc.angle2();
        }
        angle1 = Math.floorMod(angle1, FULL);
        angle2 = Math.floorMod(angle2, FULL);
        Slice s = new Slice();
        int height = arc.height();
        s.minTopY = 0;
        s.maxTopY = height >> 1;
        s.minBotY = 1 - (height & 1);
        s.maxBotY = s.maxTopY - 1;
        if (arcMode == GraphicsContext.ARC_PIE_SLICE) {
            s.edge1Top = angle1 < HALF;
            s.edge2Top = angle2 <= HALF;
            if (angle2 == 0 || angle1 == HALF) {
                if (angle2 != 0 ? s.edge2Top : s.edge1Top) s.minTopY = s.minBotY;
                else s.minTopY = height;
                s.minBotY = 0;
            } else if (angle1 == 0 || angle2 == HALF) {
                s.minTopY = s.minBotY;
                if (angle1 != 0 ? s.edge1Top : s.edge2Top) s.minBotY = height;
                else s.minBotY = 0;
            } else if (s.edge1Top == s.edge2Top) {
                if (angle2 < angle1) {
                    s.flipTop = s.edge1Top;
                    s.flipBot = !s.edge1Top;
                } else if (s.edge1Top) {
                    s.minTopY = 1;
                    s.minBotY = height;
                } else {
                    s.minBotY = 0;
                    s.minTopY = height;
                }
            }
            pieEdge(arc, angle1, s.edge1, s.edge1Top, !s.edge1Top);
            pieEdge(arc, angle2, s.edge2, s.edge2Top, s.edge2Top);
            return s;
        }
        // chord: the edge is the line between the two end points
        double w2 = arc.width() / 2.0, h2 = height / 2.0;
        double x1, y1, x2, y2;
        boolean exact1 = true, exact2 = true;
        if (angle1 == 0 || angle1 == HALF) {
            x1 = angle1 != 0 ? -w2 : w2;
            y1 = 0.0;
        } else if (angle1 == QUADRANT || angle1 == QUADRANT3) {
            x1 = 0.0;
            y1 = angle1 == QUADRANT ? h2 : -h2;
        } else {
            exact1 = false;
            x1 = cos64(angle1) * w2;
            y1 = sin64(angle1) * h2;
        }
        if (angle2 == 0 || angle2 == HALF) {
            x2 = angle2 != 0 ? -w2 : w2;
            y2 = 0.0;
        } else if (angle2 == QUADRANT || angle2 == QUADRANT3) {
            x2 = 0.0;
            y2 = angle2 == QUADRANT ? h2 : -h2;
        } else {
            exact2 = false;
            x2 = cos64(angle2) * w2;
            y2 = sin64(angle2) * h2;
        }
        double dx = x2 - x1, dy = y2 - y1;
        if ((height & 1) != 0) {
            y1 -= 0.5;
            y2 -= 0.5;
        }
        if ((arc.width() & 1) != 0) {
            x1 += 0.5;
            x2 += 0.5;
        }
        int signdy = 1, signdx = 1;
        if (dy < 0.0) {
            dy = -dy;
            signdy = -1;
        }
        if (dx < 0.0) {
            dx = -dx;
            signdx = -1;
        }
        if (exact1 && exact2) {
            s.edge1.dx = (int) (dx * 2);
            s.edge1.dy = (int) (dy * 2);
        } else {
            double scale = dx > dy ? dx : dy;
            s.edge1.dx = (int) Math.floor((dx * 32768) / scale + .5);
            s.edge1.dy = (int) Math.floor((dy * 32768) / scale + .5);
        }
        if (s.edge1.dy == 0) {
            // horizontal chord: limit the rows instead
            if (signdx < 0) {
                int y = (int) Math.floor(y1 + 1.0);
                if (y >= 0) {
                    s.minTopY = y;
                    s.minBotY = height;
                } else {
                    s.maxBotY = -y - (height & 1);
                }
            } else {
                int y = (int) Math.floor(y1);
                if (y >= 0) {
                    s.maxTopY = y;
                } else {
                    s.minTopY = height;
                    s.minBotY = -y - (height & 1);
                }
            }
            s.edge1Top = true;
            s.edge1.fixed(65536);
            s.edge2 = s.edge1.copy();
            s.edge2Top = false;
        } else if (s.edge1.dx == 0) {
            if (signdy < 0) x1 -= 1.0;
            s.edge1Top = signdy < 0;
            s.edge1.fixed((int) Math.ceil(x1) + arc.x() + (arc.width() >> 1));
            s.edge2Top = !s.edge1Top;
            s.edge2 = s.edge1.copy();
        } else {
            if (signdx < 0) s.edge1.dx = -s.edge1.dx;
            if (signdy < 0) s.edge1.dx = -s.edge1.dx;
            int k = (int) Math.ceil(((x1 + x2) * s.edge1.dy - (y1 + y2) * s.edge1.dx) / 2.0);
            s.edge2.dx = s.edge1.dx;
            s.edge2.dy = s.edge1.dy;
            s.edge1Top = signdy < 0;
            s.edge2Top = !s.edge1Top;
            placeEdge(arc, s.edge1, k, s.edge1Top, !s.edge1Top);
            placeEdge(arc, s.edge2, k, s.edge2Top, s.edge2Top);
        }
        return s;
    }

    /** Fills a partial arc in the GC's arc mode. */
    static void fillSlice(ArcSpec arc, int arcMode, SpanSink sink) {
        Walk w = new Walk(arc);
        Slice s = sliceOf(arc, arcMode);
        while (w.y > 0) {
            w.step();
            s.edge1.step();
            s.edge2.step();
            int y = w.y;
            if (y >= s.minTopY && y <= s.maxTopY) {
                int xl = w.xorg - w.x, xr = xl + w.slw - 1;
                if (s.edge1Top && s.edge1.x < xr) xr = s.edge1.x;
                if (s.edge2Top && s.edge2.x > xl) xl = s.edge2.x;
                emit(sink, w, s.flipTop, xl, xr, w.yorg - y);
            }
            if (y >= s.minBotY && y <= s.maxBotY) {
                int xl = w.xorg - w.x, xr = xl + w.slw - 1;
                if (!s.edge1Top && s.edge1.x > xl) xl = s.edge1.x;
                if (!s.edge2Top && s.edge2.x < xr) xr = s.edge2.x;
                emit(sink, w, s.flipBot, xl, xr, w.yorg + y + w.dy);
            }
        }
    }

    /** A row between xl and xr, or (flipped: the slice spans both edges) the row minus that gap. */
    private static void emit(SpanSink sink, Walk w, boolean flip, int xl, int xr, int y) {
        if (!flip) {
            span(sink, xl, xr, y);
            return;
        }
        int xc = w.xorg - w.x;
        span(sink, xc, xr, y);
        xc += w.slw - 1;
        span(sink, xl, xc, y);
    }

    private static void span(SpanSink sink, int l, int r, int y) {
        if (r >= l) sink.span(l, y, r - l + 1);
    }

    /** PolyFillArc: every arc's spans, in request order. */
    static void polyFillArc(ArcSpec[] arcs, int arcMode, SpanSink sink) {
        for (ArcSpec arc : arcs) {
            if (isEmpty(arc)) continue;
            if (arc.angle2() >= FULL || arc.angle2() <= -FULL) fillEllipse(arc, sink);
            else fillSlice(arc, arcMode, sink);
        }
    }
}
