package org.sumac.x11.render;

/**
 * Thin (line-width 0) lines as Xvfb draws them: Bresenham with zero-line bias 0, so when the
 * error term is exactly zero the minor step is taken. Pixels are generated for the whole line
 * and clipped by the painter, so clipping never changes which pixels a line covers.
 *
 * <p>Joint and last-point rules follow fb: every segment of a PolyLine omits its last point
 * except the final one, which is drawn unless the cap style is NotLast. fb's fast path (solid
 * line, solid fill, a single clip rectangle, 8/16/32 bits per pixel) additionally omits that
 * final point when the polyline ends on its first point and the final segment lies inside the
 * clip extents; with GXxor the difference is visible, so we follow it.
 *
 * <p>Dashes advance one step per pixel drawn along the major axis, start at the GC dash offset,
 * continue across PolyLine joints and restart for every PolySegment segment and every
 * PolyRectangle rectangle.
 */
public final class ZeroWidthLines {
    private ZeroWidthLines() {
    }

    /** PolyLine with {@code count} points as x, y pairs (CoordModeOrigin), line-width 0. */
    public static void polyLine(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 2);
        if (count < 2) return;
        Drawer d = new Drawer(target, gc);
        if (d.fg.clipEmpty()) return;
        d.polyLine(coords, 0, count);
    }

    /** PolySegment with {@code count} segments as x1, y1, x2, y2 quadruples, line-width 0. */
    public static void polySegment(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 4);
        if (count <= 0) return;
        Drawer d = new Drawer(target, gc);
        if (d.fg.clipEmpty()) return;
        boolean drawLast = gc.capStyle != GraphicsContext.CAP_NOT_LAST;
        for (int i = 0, k = 0; i < count; i++, k += 4) {
            d.segment(coords[k], coords[k + 1], coords[k + 2], coords[k + 3], drawLast, gc.dashOffset);
        }
    }

    /** PolyRectangle outlines at line-width 0: each rectangle is a closed 5-point PolyLine. */
    public static void polyRectangle(DrawTarget target, GraphicsContext gc, int[] coords, int count) {
        count = Math.min(count, coords.length / 4);
        if (count <= 0) return;
        Drawer d = new Drawer(target, gc);
        if (d.fg.clipEmpty()) return;
        int[] pts = new int[10];
        for (int i = 0, k = 0; i < count; i++, k += 4) {
            rectanglePath(coords[k], coords[k + 1], coords[k + 2], coords[k + 3], pts);
            d.polyLine(pts, 0, 5);
        }
    }

    /** The closed path mi uses for a rectangle outline; far corners are clamped to 32767 as mi does. */
    static void rectanglePath(int x, int y, int w, int h, int[] pts) {
        int x2 = Math.min(x + w, 32767), y2 = Math.min(y + h, 32767);
        pts[0] = x; pts[1] = y;
        pts[2] = x2; pts[3] = y;
        pts[4] = x2; pts[5] = y2;
        pts[6] = x; pts[7] = y2;
        pts[8] = x; pts[9] = y;
    }

    /** Packs a point the way fb's fast path does, 16 bits per coordinate. */
    private static int packed(int x, int y) {
        return (y << 16) | (x & 0xffff);
    }

    private static boolean packedOutside(int c, int ul, int lr) {
        return (((c - ul) | (lr - c)) & 0x80008000) != 0;
    }

    /** Per-request state: painters, dash pattern, and whether fb would take its fast path. */
    static final class Drawer {
        final Painter fg;
        /** Painter for odd DoubleDash dashes, or null when odd dashes are not drawn. */
        final Painter bg;
        final int[] dashes;
        final int dashLength;
        final boolean dashed;
        final boolean fastPath;
        final boolean capNotLast;
        final int clipUl, clipLr;

        Drawer(DrawTarget target, GraphicsContext gc) {
            dashed = gc.lineStyle != GraphicsContext.LINE_SOLID;
            fg = dashed || gc.fillStyle != GraphicsContext.FILL_SOLID ? Painter.fill(target, gc) : Painter.solidForeground(target, gc);
            if (gc.lineStyle == GraphicsContext.LINE_DOUBLE_DASH) {
                boolean useBg = gc.fillStyle == GraphicsContext.FILL_SOLID || gc.fillStyle == GraphicsContext.FILL_STIPPLED;
                bg = new Painter(target, gc, useBg ? gc.background : gc.foreground, false);
            } else {
                bg = null;
            }
            dashes = normalizedDashes(gc.dashes);
            int len = 0;
            for (int v : dashes) len += v;
            dashLength = len;
            capNotLast = gc.capStyle == GraphicsContext.CAP_NOT_LAST;
            gcDashOffsetStart = gc.dashOffset;
            fastPath = !dashed && gc.fillStyle == GraphicsContext.FILL_SOLID && fg.clipBoxCount() == 1
                && Painter.bitsPerPixel(target.pixels().depth) >= 8;
            clipUl = packed(fg.clipX1 - fg.originX(), fg.clipY1 - fg.originY());
            clipLr = packed(fg.clipX2 - 1 - fg.originX(), fg.clipY2 - 1 - fg.originY());
        }

        void polyLine(int[] pts, int off, int n) {
            int dashOffset = gcDashOffsetStart;
            int first = packed(pts[off], pts[off + 1]);
            for (int i = 0; i < n - 1; i++) {
                int k = off + i * 2;
                int x1 = pts[k], y1 = pts[k + 1], x2 = pts[k + 2], y2 = pts[k + 3];
                boolean last = i == n - 2;
                boolean drawLast = last && !capNotLast;
                if (drawLast && fastPath) {
                    int p1 = packed(x1, y1), p2 = packed(x2, y2);
                    boolean inside = !packedOutside(p1, clipUl, clipLr) && !packedOutside(p2, clipUl, clipLr);
                    if (inside && p2 == first) drawLast = false;
                }
                dashOffset = segment(x1, y1, x2, y2, drawLast, dashOffset);
            }
        }

        final int gcDashOffsetStart;

        /** Draws one segment; returns the dash offset for the next segment of a PolyLine. */
        int segment(int x1, int y1, int x2, int y2, boolean drawLast, int dashOffset) {
            int adx = Math.abs(x2 - x1), ady = Math.abs(y2 - y1);
            int sx = x2 < x1 ? -1 : 1, sy = y2 < y1 ? -1 : 1;
            boolean xMajor = adx > ady;
            int major = xMajor ? adx : ady, minor = xMajor ? ady : adx;
            int len = major + (drawLast ? 1 : 0);
            int next = dashOffset + len;
            if (len == 0) return next;
            // A segment whose bounding box misses the clip draws nothing; skip its walk.
            int ox = fg.originX(), oy = fg.originY();
            if ((long) Math.max(x1, x2) + ox < fg.clipX1 || (long) Math.min(x1, x2) + ox >= fg.clipX2
                || (long) Math.max(y1, y2) + oy < fg.clipY1 || (long) Math.min(y1, y2) + oy >= fg.clipY2) {
                return next;
            }
            int e1 = minor << 1, e3 = -(major << 1);
            int e = -major;
            int x = x1, y = y1;
            if (!dashed) {
                Painter p = fg;
                // Whole line (both end points bound it) inside one clip box: walk the pixel array directly.
                if (p.solidLine(x, y, sx, sy, xMajor, e, e1, e3, len,
                        Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2))) {
                    return next;
                }
                if (xMajor) {
                    int runStart = x;
                    while (len-- > 0) {
                        x += sx;
                        e += e1;
                        if (e >= 0 || len == 0) {
                            // The run on this row ends at the pixel before x.
                            int a = Math.min(runStart, x - sx), b = Math.max(runStart, x - sx);
                            p.span(a, y, b - a + 1);
                            if (e >= 0) {
                                y += sy;
                                e += e3;
                            }
                            runStart = x;
                        }
                    }
                } else {
                    while (len-- > 0) {
                        p.point(x, y);
                        y += sy;
                        e += e1;
                        if (e >= 0) {
                            x += sx;
                            e += e3;
                        }
                    }
                }
                return next;
            }
            // Dashed: find the dash containing the offset, then step one pixel at a time.
            int[] d = dashes;
            int idx = 0;
            boolean even = true;
            int off = dashLength == 0 ? 0 : Math.floorMod(dashOffset, dashLength);
            int dashLeft;
            while (off >= (dashLeft = d[idx])) {
                off -= dashLeft;
                even = !even;
                if (++idx == d.length) idx = 0;
            }
            dashLeft -= off;
            while (len-- > 0) {
                if (even) fg.point(x, y);
                else if (bg != null) bg.point(x, y);
                if (xMajor) {
                    x += sx;
                    e += e1;
                    if (e >= 0) {
                        y += sy;
                        e += e3;
                    }
                } else {
                    y += sy;
                    e += e1;
                    if (e >= 0) {
                        x += sx;
                        e += e3;
                    }
                }
                if (--dashLeft == 0) {
                    if (++idx == d.length) idx = 0;
                    dashLeft = d[idx];
                    even = !even;
                }
            }
            return next;
        }
    }

    /**
     * The dash list as the server keeps it: an odd-length list is repeated to make it even, and
     * zero entries (rejected by the protocol) are treated as 1 so a bad list cannot hang us.
     */
    static int[] normalizedDashes(int[] dashes) {
        if (dashes == null || dashes.length == 0) return new int[] {4, 4};
        int n = dashes.length;
        int[] r = new int[n % 2 == 0 ? n : n * 2];
        for (int i = 0; i < r.length; i++) r[i] = Math.max(1, dashes[i % n] & 0xff);
        return r;
    }
}
