package org.sumac.x11.render;

import java.lang.foreign.MemorySegment;
import org.sumac.x11.geom.Region;

/**
 * Paints spans in drawable coordinates onto a {@link DrawTarget} the way Xvfb's fb layer does:
 * translate by the drawable origin, clip to the composite clip, then combine source and
 * destination with the GC function and plane mask as {@code dst = (dst & and) ^ xor}. The
 * source is the solid pixel, the tile or the stipple according to the fill style.
 *
 * <p>fb reduces the GC once per validation: foreground/background and plane mask are cut to the
 * pixel's bits-per-pixel, and a plane mask covering every depth bit is widened to all bits, so a
 * depth-24 pixel's top byte also receives the raster-op result (GXinvert sets it). We do the same.
 *
 * <p>One Painter serves one request; it is cheap to build and holds no global state.
 */
public final class Painter implements SpanSink {
    private final MemorySegment data;
    private final int stride;
    private final int originX, originY;
    /** Clip boxes in buffer coordinates, already cut to the buffer: x1, y1, x2, y2 quadruples. */
    private final int[] boxes;
    private final int boxCount;
    /** Clip extents in buffer coordinates. */
    final int clipX1, clipY1, clipX2, clipY2;

    private final int function;
    private final int planeMask;
    private final int fillStyle;
    /** Reduced rop for the solid source (or the stipple's set bits). */
    private final int fgAnd, fgXor;
    /** Reduced rop for an opaque stipple's clear bits. */
    private final int bgAnd, bgXor;
    private final Pixels pattern;
    /**
     * Solid boxes narrower than this are stored pixel by pixel, every row, rather than as copies of their first row
     * (a 10x10 fill already runs twice as fast copied).
     */
    private static final int SHORT_RUN = 4;
    /** Pixels a solid span stores one by one before it copies itself (see {@link #solidSpan}). */
    private static final int SPAN_SEED = 16;
    /** Buffer coordinates of the pattern's origin. */
    private final int patternX, patternY;

    /**
     * A painter that fills with the GC's fill style, using {@code pixel} where the style calls for
     * the foreground (mi swaps in the background pixel this way for odd DoubleDash dashes).
     */
    public Painter(DrawTarget target, GraphicsContext gc, int pixel, boolean solid) {
        this(target, gc.function, gc.planeMask, solid ? GraphicsContext.FILL_SOLID : gc.fillStyle, gc.tile, gc.stipple,
            gc.tsXOrigin, gc.tsYOrigin, pixel, gc.background);
    }

    /** Paints {@code pixel} with GXcopy through {@code planeMask}, as ImageText's background and glyphs are drawn. */
    public static Painter solidCopy(DrawTarget target, int planeMask, int pixel) {
        return new Painter(target, GraphicsContext.GX_COPY, planeMask, GraphicsContext.FILL_SOLID, null, null, 0, 0,
            pixel, 0);
    }

    private Painter(DrawTarget target, int gcFunction, int gcPlaneMask, int style, Pixels tile, Pixels stipple,
                    int tsXOrigin, int tsYOrigin, int pixel, int background) {
        Pixels px = target.pixels();
        this.data = px.memory;
        this.stride = px.width;
        this.originX = target.originX();
        this.originY = target.originY();
        Region clip = target.clip();
        int n = clip == null ? 1 : clip.rectCount();
        int[] b = new int[n * 4];
        int k = 0;
        int ex1 = Integer.MAX_VALUE, ey1 = Integer.MAX_VALUE, ex2 = Integer.MIN_VALUE, ey2 = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int x1 = clip == null ? 0 : Math.max(0, clip.x1(i));
            int y1 = clip == null ? 0 : Math.max(0, clip.y1(i));
            int x2 = clip == null ? px.width : Math.min(px.width, clip.x2(i));
            int y2 = clip == null ? px.height : Math.min(px.height, clip.y2(i));
            if (x1 >= x2 || y1 >= y2) continue;
            b[k * 4] = x1; b[k * 4 + 1] = y1; b[k * 4 + 2] = x2; b[k * 4 + 3] = y2;
            k++;
            ex1 = Math.min(ex1, x1); ey1 = Math.min(ey1, y1); ex2 = Math.max(ex2, x2); ey2 = Math.max(ey2, y2);
        }
        this.boxes = b;
        this.boxCount = k;
        if (k == 0) { ex1 = ey1 = ex2 = ey2 = 0; }
        clipX1 = ex1; clipY1 = ey1; clipX2 = ex2; clipY2 = ey2;

        int bppMask = bppMask(px.depth);
        this.function = gcFunction & 15;
        this.planeMask = reducedPlaneMask(gcPlaneMask, px.depth);
        Pixels pat = null;
        if (style == GraphicsContext.FILL_TILED) pat = tile;
        else if (style == GraphicsContext.FILL_STIPPLED || style == GraphicsContext.FILL_OPAQUE_STIPPLED) pat = stipple;
        if (style != GraphicsContext.FILL_SOLID && (pat == null || pat.width <= 0 || pat.height <= 0)) {
            // The server always supplies a tile/stipple; treat a missing one as solid rather than crash.
            style = GraphicsContext.FILL_SOLID;
            pat = null;
        }
        this.fillStyle = style;
        this.pattern = pat;
        this.patternX = originX + tsXOrigin;
        this.patternY = originY + tsYOrigin;
        int fg = pixel & bppMask;
        fgAnd = ropAnd(function, fg, planeMask);
        fgXor = ropXor(function, fg, planeMask);
        if (style == GraphicsContext.FILL_OPAQUE_STIPPLED) {
            int bg = background & bppMask;
            bgAnd = ropAnd(function, bg, planeMask);
            bgXor = ropXor(function, bg, planeMask);
        } else {
            bgAnd = -1;
            bgXor = 0;
        }
    }

    /**
     * Stores the solid pixel ({@code fgXor}) in {@code count} pixels from byte offset {@code off}: a few stores, then
     * the span copies its own start onto the rest in doubling steps. Bulk copies within native memory, where a store a
     * pixel pays a bounds and liveness check each; no row buffer to allocate (one per request made half of what an
     * xterm's scrolling allocated: 190 of 390 MB over five `seq 1 20000` runs).
     */
    private void solidSpan(long off, int count) {
        MemorySegment d = data;
        int xor = fgXor, seed = Math.min(count, SPAN_SEED);
        for (long i = off, e = off + 4L * seed; i < e; i += 4) d.set(Pixels.PIXEL, i, xor);
        for (int done = seed; done < count; ) {
            int n = Math.min(done, count - done);
            MemorySegment.copy(d, off, d, off + 4L * done, 4L * n);
            done += n;
        }
    }

    /** Fills with the GC's fill style and foreground. */
    public static Painter fill(DrawTarget target, GraphicsContext gc) {
        return new Painter(target, gc, gc.foreground, false);
    }

    /** Paints the solid foreground whatever the fill style (fb's PolyPoint and thin solid lines use this). */
    public static Painter solidForeground(DrawTarget target, GraphicsContext gc) {
        return new Painter(target, gc, gc.foreground, true);
    }

    /** Bits per pixel of the pixmap format Xvfb uses for a depth. */
    public static int bitsPerPixel(int depth) {
        if (depth <= 1) return 1;
        if (depth <= 8) return 8;
        if (depth <= 16) return 16;
        return 32;
    }

    static int bppMask(int depth) {
        int bpp = bitsPerPixel(depth);
        return bpp >= 32 ? -1 : (1 << bpp) - 1;
    }

    /** fb's plane mask: all pixel bits when every depth bit is set, else cut to the pixel bits. */
    public static int reducedPlaneMask(int planeMask, int depth) {
        int depthBits = depth >= 32 ? -1 : (1 << depth) - 1;
        return (planeMask & depthBits) == depthBits ? bppMask(depth) : planeMask & bppMask(depth);
    }

    private static int bit(int v) {
        return -(v & 1);
    }

    /** The AND term of GC function {@code alu} applied with source {@code src} under plane mask {@code pm}. */
    public static int ropAnd(int alu, int src, int pm) {
        return ((src & bit(alu ^ (alu >> 1))) | (~src & bit((alu >> 2) ^ (alu >> 3)))) | ~pm;
    }

    /** The XOR term of GC function {@code alu} applied with source {@code src} under plane mask {@code pm}. */
    public static int ropXor(int alu, int src, int pm) {
        return ((src & bit(alu >> 1)) | (~src & bit(alu >> 3))) & pm;
    }

    /** Applies GC function {@code alu} to one pixel: ((src FUNC dst) AND pm) OR (dst AND NOT pm). */
    public static int apply(int alu, int src, int dst, int pm) {
        return (dst & ropAnd(alu, src, pm)) ^ ropXor(alu, src, pm);
    }

    public int originX() { return originX; }
    public int originY() { return originY; }
    public boolean isSolid() { return fillStyle == GraphicsContext.FILL_SOLID; }
    /** Number of boxes in the composite clip (after cutting to the buffer). */
    public int clipBoxCount() { return boxCount; }
    public boolean clipEmpty() { return boxCount == 0; }

    /** Span in drawable coordinates. */
    @Override
    public void span(int x, int y, int width) {
        if (width <= 0) return;
        long bx = (long) x + originX;
        int by = y + originY;
        if (by < clipY1 || by >= clipY2) return;
        long bx2 = bx + width;
        int x1 = (int) Math.max(bx, clipX1);
        int x2 = (int) Math.min(bx2, clipX2);
        if (x1 >= x2) return;
        bufferSpanClipped(x1, by, x2);
    }

    /** Span in buffer coordinates, already inside the clip extents; applies the clip boxes. */
    void bufferSpanClipped(int x1, int by, int x2) {
        if (boxCount == 1) {
            fillRow(x1, by, x2);
            return;
        }
        int[] b = boxes;
        for (int i = 0, n = boxCount * 4; i < n; i += 4) {
            if (by < b[i + 1]) break;
            if (by >= b[i + 3]) continue;
            int a = Math.max(x1, b[i]), c = Math.min(x2, b[i + 2]);
            if (a < c) fillRow(a, by, c);
        }
    }

    /**
     * Walks a solid Bresenham line straight on the pixel array when it needs no clipping: solid
     * fill and the line's bounding box (drawable coordinates, inclusive) inside one clip box.
     * Returns false, drawing nothing, when the caller must take the general path.
     */
    boolean solidLine(int x, int y, int sx, int sy, boolean xMajor, int e, int e1, int e3, int len,
                      int minX, int minY, int maxX, int maxY) {
        if (fillStyle != GraphicsContext.FILL_SOLID) return false;
        long bx1 = (long) minX + originX, by1 = (long) minY + originY, bx2 = (long) maxX + originX, by2 = (long) maxY + originY;
        if (bx1 < clipX1 || by1 < clipY1 || bx2 >= clipX2 || by2 >= clipY2) return false;
        if (boxCount != 1) {
            boolean inside = false;
            int[] b = boxes;
            for (int i = 0, n = boxCount * 4; i < n && !inside; i += 4) {
                inside = bx1 >= b[i] && by1 >= b[i + 1] && bx2 < b[i + 2] && by2 < b[i + 3];
            }
            if (!inside) return false;
        }
        MemorySegment d = data;
        int and = fgAnd, xor = fgXor;
        long idx = 4L * ((long) (y + originY) * stride + x + originX);
        long major = 4L * (xMajor ? sx : sy * stride), minor = 4L * (xMajor ? sy * stride : sx);
        if (and == 0) {
            // GXcopy under all planes (x11perf -seg10): the old pixel does not matter, so it is not read
            while (len-- > 0) {
                d.set(Pixels.PIXEL, idx, xor);
                idx += major;
                e += e1;
                if (e >= 0) {
                    idx += minor;
                    e += e3;
                }
            }
            return true;
        }
        while (len-- > 0) {
            d.set(Pixels.PIXEL, idx, (d.get(Pixels.PIXEL, idx) & and) ^ xor);
            idx += major;
            e += e1;
            if (e >= 0) {
                idx += minor;
                e += e3;
            }
        }
        return true;
    }

    /** Paints the single pixel at drawable (x, y) if it is inside the clip. */
    public void point(int x, int y) {
        int bx = x + originX, by = y + originY;
        if (bx < clipX1 || bx >= clipX2 || by < clipY1 || by >= clipY2) return;
        if (boxCount != 1 && !inBoxes(bx, by)) return;
        fillRow(bx, by, bx + 1);
    }

    private boolean inBoxes(int bx, int by) {
        int[] b = boxes;
        for (int i = 0, n = boxCount * 4; i < n; i += 4) {
            if (by < b[i + 1]) return false;
            if (by < b[i + 3] && bx >= b[i] && bx < b[i + 2]) return true;
        }
        return false;
    }

    /**
     * Fills the rectangle [x1,x2) x [y1,y2) given in drawable coordinates, clipped. This is the
     * PolyFillRectangle path; it walks clip boxes once per rectangle rather than once per row.
     */
    public void fillRect(long x1, long y1, long x2, long y2) {
        long ax = x1 + originX, ay = y1 + originY, cx = x2 + originX, cy = y2 + originY;
        int fx1 = (int) Math.max(ax, clipX1), fy1 = (int) Math.max(ay, clipY1);
        int fx2 = (int) Math.min(cx, clipX2), fy2 = (int) Math.min(cy, clipY2);
        if (fx1 >= fx2 || fy1 >= fy2) return;
        if (boxCount == 1) {
            fillBox(fx1, fy1, fx2, fy2);
            return;
        }
        int[] b = boxes;
        for (int i = 0, n = boxCount * 4; i < n; i += 4) {
            if (b[i + 1] >= fy2) break;
            int px1 = Math.max(fx1, b[i]), py1 = Math.max(fy1, b[i + 1]);
            int px2 = Math.min(fx2, b[i + 2]), py2 = Math.min(fy2, b[i + 3]);
            if (px1 < px2 && py1 < py2) fillBox(px1, py1, px2, py2);
        }
    }

    /** Fills a box in buffer coordinates that lies inside one clip box. */
    void fillBox(int x1, int y1, int x2, int y2) {
        if (fillStyle == GraphicsContext.FILL_SOLID) {
            MemorySegment d = data;
            int and = fgAnd, xor = fgXor;
            long s = 4L * stride, w = 4L * (x2 - x1);
            if (and == 0) {
                if (x2 - x1 < SHORT_RUN) {
                    // A few pixels: a plain loop beats a copy's setup.
                    for (long off = y1 * s + 4L * x1, end = y2 * s; off < end; off += s) {
                        for (long i = off, e = off + w; i < e; i += 4) d.set(Pixels.PIXEL, i, xor);
                    }
                } else {
                    long first = y1 * s + 4L * x1;
                    solidSpan(first, x2 - x1);
                    for (long off = first + s, end = y2 * s; off < end; off += s) MemorySegment.copy(d, first, d, off, w);
                }
            } else {
                for (long off = y1 * s + 4L * x1, end = y2 * s; off < end; off += s) {
                    for (long i = off, e = off + w; i < e; i += 4) d.set(Pixels.PIXEL, i, (d.get(Pixels.PIXEL, i) & and) ^ xor);
                }
            }
            return;
        }
        for (int y = y1; y < y2; y++) fillRow(x1, y, x2);
    }

    private void fillRow(int x1, int by, int x2) {
        MemorySegment d = data;
        long off = 4L * ((long) by * stride);
        switch (fillStyle) {
            case GraphicsContext.FILL_SOLID -> {
                int and = fgAnd, xor = fgXor;
                if (and == 0) solidSpan(off + 4L * x1, x2 - x1); // a short span is its seed alone: plain stores
                else for (long i = off + 4L * x1, e = off + 4L * x2; i < e; i += 4) d.set(Pixels.PIXEL, i, (d.get(Pixels.PIXEL, i) & and) ^ xor);
            }
            case GraphicsContext.FILL_TILED -> {
                Pixels t = pattern;
                int tw = t.width;
                int ty = Math.floorMod(by - patternY, t.height);
                int tx = Math.floorMod(x1 - patternX, tw);
                MemorySegment td = t.memory;
                long trow = 4L * ty * tw;
                int alu = function, pm = planeMask;
                for (long i = off + 4L * x1, e = off + 4L * x2; i < e; i += 4) {
                    int src = td.get(Pixels.PIXEL, trow + 4L * tx);
                    d.set(Pixels.PIXEL, i, (d.get(Pixels.PIXEL, i) & ropAnd(alu, src, pm)) ^ ropXor(alu, src, pm));
                    if (++tx == tw) tx = 0;
                }
            }
            default -> {
                Pixels t = pattern;
                int tw = t.width;
                int ty = Math.floorMod(by - patternY, t.height);
                int tx = Math.floorMod(x1 - patternX, tw);
                MemorySegment td = t.memory;
                long trow = 4L * ty * tw;
                int fa = fgAnd, fx = fgXor, ba = bgAnd, bx = bgXor;
                for (long i = off + 4L * x1, e = off + 4L * x2; i < e; i += 4) {
                    int v = d.get(Pixels.PIXEL, i);
                    if ((td.get(Pixels.PIXEL, trow + 4L * tx) & 1) != 0) d.set(Pixels.PIXEL, i, (v & fa) ^ fx);
                    else d.set(Pixels.PIXEL, i, (v & ba) ^ bx);
                    if (++tx == tw) tx = 0;
                }
            }
        }
    }
}
