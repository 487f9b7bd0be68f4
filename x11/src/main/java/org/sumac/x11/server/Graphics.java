package org.sumac.x11.server;

import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ValueList;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.ArcList;
import org.sumac.x11.protocol.xproto.Char2bList;
import org.sumac.x11.protocol.xproto.ChangeGC;
import org.sumac.x11.protocol.xproto.ClearArea;
import org.sumac.x11.protocol.xproto.CopyArea;
import org.sumac.x11.protocol.xproto.CopyGC;
import org.sumac.x11.protocol.xproto.CopyPlane;
import org.sumac.x11.protocol.xproto.CreateGC;
import org.sumac.x11.protocol.xproto.CreatePixmap;
import org.sumac.x11.protocol.xproto.FillPoly;
import org.sumac.x11.protocol.xproto.FreeGC;
import org.sumac.x11.protocol.xproto.FreePixmap;
import org.sumac.x11.protocol.xproto.GetImage;
import org.sumac.x11.protocol.xproto.ImageText16;
import org.sumac.x11.protocol.xproto.ImageText8;
import org.sumac.x11.protocol.xproto.PointList;
import org.sumac.x11.protocol.xproto.PolyArc;
import org.sumac.x11.protocol.xproto.PolyFillArc;
import org.sumac.x11.protocol.xproto.PolyFillRectangle;
import org.sumac.x11.protocol.xproto.PolyLine;
import org.sumac.x11.protocol.xproto.PolyPoint;
import org.sumac.x11.protocol.xproto.PolyRectangle;
import org.sumac.x11.protocol.xproto.PolySegment;
import org.sumac.x11.protocol.xproto.PolyText16;
import org.sumac.x11.protocol.xproto.PolyText8;
import org.sumac.x11.protocol.xproto.PutImage;
import org.sumac.x11.protocol.xproto.RectangleList;
import org.sumac.x11.protocol.xproto.SegmentList;
import org.sumac.x11.protocol.xproto.SetClipRectangles;
import org.sumac.x11.protocol.xproto.SetDashes;
import org.sumac.x11.render.Arcs;
import org.sumac.x11.render.DrawTarget;
import org.sumac.x11.render.Drawable;
import org.sumac.x11.render.FillRectangles;
import org.sumac.x11.render.GraphicsContext;
import org.sumac.x11.render.Painter;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.render.Points;
import org.sumac.x11.render.Lines;
import org.sumac.x11.render.Polygons;
import org.sumac.x11.render.SpanSink;
import org.sumac.x11.window.Window;

/** Pixmaps, graphics contexts and every core drawing request. */
public final class Graphics {
    private final XServer server;

    /** A GC resource: the drawing state plus the drawable depth it was created for. */
    public static final class Gc implements Resource {
        private final int id;
        public final GraphicsContext state;
        public int fontId;
        /** What the client was charged for the clip region the GC holds (null: none). */
        private MemoryBudget.Charge clipCharge;

        Gc(int id, int depth) {
            this.id = id;
            this.state = new GraphicsContext(depth);
        }

        @Override public int id() { return id; }

        /**
         * Charges a client for a clip region the GC is about to hold (BadAlloc past its budget, before anything
         * changed) and gives back what the previous one cost: a clip of a million rectangles is 16 MB.
         */
        void holdClip(Client c, Region r) {
            MemoryBudget.Charge charge = r == null ? null : c.memory.hold(regionCost(r));
            if (clipCharge != null) clipCharge.release();
            clipCharge = charge;
        }

        @Override public void free(XServer server) {
            if (clipCharge != null) clipCharge.release();
            clipCharge = null;
            // lets go of the tile and stipple pixmaps (their memory goes once nothing else holds them)
            if (state.tile != null) state.tile.release();
            if (state.stipple != null) state.stipple.release();
            state.tile = state.stipple = null;
        }
    }

    /** A GC's client clip (XFIXES CreateRegionFromGC), null for none; BadGC when {@code id} names no GC. */
    public Region clipOf(int id) { return gc(id).state.clip; }

    /**
     * XFIXES SetGCClipRegion: the clip origin and a clip region (null: none), charged to the client; BadGC when
     * {@code id} names no GC. Callers look the GC up with {@link #clipOf} first, as Xorg does before the region.
     */
    public void setClip(Client c, int id, Region clip, int xOrigin, int yOrigin) {
        Gc g = gc(id);
        g.holdClip(c, clip);
        g.state.clipXOrigin = (short) xOrigin;
        g.state.clipYOrigin = (short) yOrigin;
        g.state.clip = clip;
    }

    /** The heap a region holds: four ints a rectangle and the object. */
    public static long regionCost(Region r) { return 16L * r.rectCount() + 64; }

    Graphics(XServer server) { this.server = server; }

    // ---- pixmaps ----------------------------------------------------------------------------------

    void createPixmap(Client c, CreatePixmap q) {
        int depth = q.depth();
        int pid = q.pid();
        Drawable d = server.drawable(q.drawable());
        int w = q.width(), h = q.height();
        server.checkNewId(c, pid);
        if (w == 0 || h == 0) throw XError.value(0);
        if (depth != 1 && depth != 4 && depth != 8 && depth != 16 && depth != 24 && depth != 32) throw XError.value(depth);
        // Xorg limits pixmaps to 32767 on a side (pixel offsets must fit its 16-bit coordinates).
        if (w > 32767 || h > 32767 || (long) w * h > (1L << 28)) throw XError.alloc();
        // Charged before the pixels are allocated: a pixmap past the client's or the display's budget is BadAlloc.
        MemoryBudget.Charge charge = server.chargeFor(c, Pixmap.memoryCost(w, h));
        Pixmap p;
        try {
            p = new Pixmap(pid, w, h, depth);
        } catch (OutOfMemoryError e) {
            charge.release();
            throw XError.alloc();
        }
        server.addResource(c, p, charge);
    }

    void freePixmap(Client c, FreePixmap q) {
        int id = q.pixmap();
        server.pixmap(id);
        server.removeResource(id);
    }

    // ---- graphics contexts ------------------------------------------------------------------------

    Gc gc(int id) { return server.lookup(id, Gc.class, XError.GCONTEXT); }

    void createGC(Client c, CreateGC q) {
        int cid = q.cid();
        server.checkNewId(c, cid); // Xorg's order: the new id, then the drawable
        Drawable d = server.drawable(q.drawable());
        Gc g = new Gc(cid, d.depth());
        g.state.font = server.dispatcher.fonts.defaultFont();
        applyGc(c, g, q.valueList());
        if (g.state.tile == null) {
            Pixels t = new Pixels(1, 1, d.depth());
            t.put(0, g.state.foreground);
            g.state.tile = t;
        }
        if (g.state.stipple == null) {
            Pixels s = new Pixels(1, 1, 1);
            s.put(0, 1);
            g.state.stipple = s;
        }
        server.addResource(c, g);
    }

    void changeGC(Client c, ChangeGC q) {
        Gc g = gc(q.gc());
        applyGc(c, g, q.valueList());
    }

    private void applyGc(Client c, Gc g, ValueList values) {
        int mask = values.mask();
        if ((mask & ~0x7FFFFF) != 0) throw XError.value(mask);
        GraphicsContext s = g.state;
        int word = 0;
        for (int bit = 0; bit < 23; bit++) {
            if ((mask & (1 << bit)) == 0) continue;
            int v = values.at(word++);
            switch (bit) {
                case 0 -> { if (v < 0 || v > 15) throw XError.value(v); s.function = v; }
                case 1 -> s.planeMask = v;
                case 2 -> s.foreground = v;
                case 3 -> s.background = v;
                case 4 -> s.lineWidth = v & 0xffff;
                case 5 -> { if ((v & 0xff) > 2 || v < 0) throw XError.value(v); s.lineStyle = v; }
                case 6 -> { if (v < 0 || v > 3) throw XError.value(v); s.capStyle = v; }
                case 7 -> { if (v < 0 || v > 2) throw XError.value(v); s.joinStyle = v; }
                case 8 -> { if (v < 0 || v > 3) throw XError.value(v); s.fillStyle = v; }
                case 9 -> { if (v < 0 || v > 1) throw XError.value(v); s.fillRule = v; }
                case 10 -> {
                    Pixmap p = server.pixmap(v);
                    if (p.depth() != s.depth) throw XError.match();
                    if (s.tile != null) s.tile.release();
                    s.tile = p.pixels.retain();
                }
                case 11 -> {
                    Pixmap p = server.pixmap(v);
                    if (p.depth() != 1) throw XError.match();
                    if (s.stipple != null) s.stipple.release();
                    s.stipple = p.pixels.retain();
                }
                case 12 -> s.tsXOrigin = (short) v;
                case 13 -> s.tsYOrigin = (short) v;
                case 14 -> { s.font = server.dispatcher.fonts.font(v); g.fontId = v; }
                case 15 -> { if (v < 0 || v > 1) throw XError.value(v); s.subwindowMode = v; }
                case 16 -> { if (v < 0 || v > 1) throw XError.value(v); s.graphicsExposures = v != 0; }
                case 17 -> s.clipXOrigin = (short) v;
                case 18 -> s.clipYOrigin = (short) v;
                case 19 -> {
                    if (v == 0) {
                        g.holdClip(c, null);
                        s.clip = null;
                    }
                    else {
                        Pixmap p = server.pixmap(v);
                        if (p.depth() != 1) throw XError.match();
                        MemoryBudget.Charge building = chargeRegionOf(c, p.pixels);
                        try {
                            Region clip = bitmapToRegion(p.pixels);
                            g.holdClip(c, clip);
                            s.clip = clip;
                        } finally {
                            building.release();
                        }
                    }
                }
                case 20 -> s.dashOffset = v & 0xffff;
                case 21 -> { if ((v & 0xff) == 0) throw XError.value(v); s.dashes = new int[] {v & 0xff, v & 0xff}; }
                case 22 -> { if (v < 0 || v > 1) throw XError.value(v); s.arcMode = v; }
                default -> { }
            }
        }
    }

    /**
     * Charges a client, while a region is built from a bitmap, for the rectangles it will have: a checkerboard
     * bitmap of 2^28 pixels makes 2^27 of them (several GiB), which must be BadAlloc, not a full heap. They are
     * counted first (one pass over the pixels, as cheap as building): a large bitmap with few runs costs little.
     */
    public static MemoryBudget.Charge chargeRegionOf(Client c, Pixels p) {
        long runs = 0;
        for (int y = 0; y < p.height; y++) {
            int row = y * p.width;
            boolean in = false;
            for (int x = 0; x < p.width; x++) {
                boolean set = p.at(row + x) != 0;
                if (set && !in) runs++;
                in = set;
            }
        }
        // 16 bytes a rectangle in the builder, doubling as it grows, and again in the region built.
        return c.memory.hold(48 * runs + 16L * p.height + 1024);
    }

    /** Converts a depth-1 clip mask into a region (set bits are inside), as Xorg does at ChangeGC. */
    public static Region bitmapToRegion(Pixels p) {
        Region.Builder b = new Region.Builder(p.height * 2);
        for (int y = 0; y < p.height; y++) {
            int row = y * p.width;
            int x = 0;
            while (x < p.width) {
                while (x < p.width && p.at(row + x) == 0) x++;
                int start = x;
                while (x < p.width && p.at(row + x) != 0) x++;
                if (x > start) b.add(start, y, x, y + 1);
            }
            b.closeBand();
        }
        return b.build();
    }

    void copyGC(Client c, CopyGC q) {
        Gc src = gc(q.srcGc());
        Gc dst = gc(q.dstGc());
        int mask = q.valueMask();
        if ((mask & ~0x7FFFFF) != 0) throw XError.value(mask);
        if (src.state.depth != dst.state.depth) throw XError.match();
        if ((mask & (1 << 19)) != 0) dst.holdClip(c, src.state.clip);
        dst.state.copyFrom(src.state, mask);
        if ((mask & 0x4000) != 0) dst.fontId = src.fontId;
    }

    void setDashes(Client c, SetDashes q) {
        Gc g = gc(q.gc());
        int offset = q.dashOffset();
        int n = q.dashesLen();
        if (n == 0) throw XError.value(0);
        int[] d = new int[n];
        ByteList dashes = q.dashes();
        for (int i = 0; i < n; i++) {
            d[i] = dashes.get(i);
            if (d[i] == 0) throw XError.value(0);
        }
        g.state.dashOffset = offset;
        g.state.dashes = d;
    }

    void setClipRectangles(Client c, SetClipRectangles q) {
        int ordering = q.ordering();
        if (ordering > 3) throw XError.value(ordering); // before the GC, as Xorg
        Gc g = gc(q.gc());
        int ox = q.clipXOrigin(), oy = q.clipYOrigin();
        RectangleList list = q.rectangles();
        int n = list.size();
        int[] rects = rectangles(list);
        if (ordering > 0 && !ordered(rects, n, ordering)) throw XError.match();
        g.state.clipXOrigin = ox;
        g.state.clipYOrigin = oy;
        Region clip = Region.ofRects(rects, n);
        g.holdClip(c, clip);
        g.state.clip = clip;
    }

    private static boolean ordered(int[] r, int n, int ordering) {
        for (int i = 1; i < n; i++) {
            int py = r[(i - 1) * 4 + 1], y = r[i * 4 + 1], px = r[(i - 1) * 4], x = r[i * 4];
            if (y < py) return false;
            if (ordering >= 2 && y == py && x < px) return false;
            if (ordering == 3 && y == py && r[i * 4 + 3] != r[(i - 1) * 4 + 3]) return false;
            if (ordering == 3 && y != py && y < py + r[(i - 1) * 4 + 3]) return false;
        }
        return true;
    }

    void freeGC(Client c, FreeGC q) {
        int id = q.gc();
        gc(id);
        server.removeResource(id);
    }

    // ---- targets and damage -----------------------------------------------------------------------

    /** Builds the drawing target of a request: drawable plus composite clip in buffer coordinates. */
    DrawTarget target(Drawable d, GraphicsContext gc) {
        Region clip;
        int ox = d.originX(), oy = d.originY();
        if (d instanceof Window w) {
            if (!w.viewable) clip = Region.EMPTY;
            else clip = w.clipInBuffer(gc.subwindowMode == GraphicsContext.INCLUDE_INFERIORS);
        } else {
            clip = Region.of(0, 0, d.width(), d.height());
        }
        if (gc.clip != null) clip = clip.intersect(gc.clip.translate(ox + gc.clipXOrigin, oy + gc.clipYOrigin));
        return new DrawTarget(d.pixels(), ox, oy, clip);
    }

    private Drawable checkedDrawable(int id, Gc g) {
        Drawable d = drawable(id);
        sameDepth(d, g);
        return d;
    }

    /**
     * The drawable of a drawing request, looked up before its GC as Xorg's VALIDATE_DRAWABLE_AND_GC does (an
     * InputOnly window is BadMatch there, before the GC); {@link #sameDepth} then checks the pair.
     */
    private Drawable drawable(int id) {
        Drawable d = server.drawable(id);
        if (d instanceof Window w && w.isInputOnly()) throw XError.match();
        return d;
    }

    private static void sameDepth(Drawable d, Gc g) {
        if (d.depth() != g.state.depth) throw XError.match();
    }

    // The rasterizers take the items as one int array a request (as before the generated views): filled
    // from the view's per-field accessors, with no object per item.

    /** Points as x, y pairs. */
    private static int[] points(PointList l) {
        int n = l.size();
        int[] v = new int[2 * n];
        for (int i = 0, k = 0; i < n; i++, k += 2) { v[k] = l.x(i); v[k + 1] = l.y(i); }
        return v;
    }

    /** Segments as x1, y1, x2, y2. */
    private static int[] segments(SegmentList l) {
        int n = l.size();
        int[] v = new int[4 * n];
        for (int i = 0, k = 0; i < n; i++, k += 4) { v[k] = l.x1(i); v[k + 1] = l.y1(i); v[k + 2] = l.x2(i); v[k + 3] = l.y2(i); }
        return v;
    }

    /** Rectangles as x, y, width, height (sizes unsigned). */
    private static int[] rectangles(RectangleList l) {
        int n = l.size();
        int[] v = new int[4 * n];
        for (int i = 0, k = 0; i < n; i++, k += 4) { v[k] = l.x(i); v[k + 1] = l.y(i); v[k + 2] = l.width(i); v[k + 3] = l.height(i); }
        return v;
    }

    /** Arcs as x, y, width, height (unsigned), angle1, angle2. */
    private static int[] arcs(ArcList l) {
        int n = l.size();
        int[] v = new int[6 * n];
        for (int i = 0, k = 0; i < n; i++, k += 6) {
            v[k] = l.x(i); v[k + 1] = l.y(i); v[k + 2] = l.width(i); v[k + 3] = l.height(i);
            v[k + 4] = l.angle1(i); v[k + 5] = l.angle2(i);
        }
        return v;
    }

    // ---- drawing requests -------------------------------------------------------------------------

    private record Req(Drawable d, Gc g, DrawTarget t) { }

    private Req begin(int did, int gid) {
        Drawable d = drawable(did);
        Gc g = gc(gid);
        sameDepth(d, g);
        return new Req(d, g, target(d, g.state));
    }

    private static void resolvePrevious(int[] xy, int mode) {
        if (mode == 1) for (int i = 2; i + 1 < xy.length; i += 2) { xy[i] += xy[i - 2]; xy[i + 1] += xy[i - 1]; }
    }

    void polyPoint(Client c, PolyPoint rq) {
        int mode = rq.coordinateMode();
        if (mode > 1) throw XError.value(mode);
        Req q = begin(rq.drawable(), rq.gc());
        int[] xy = points(rq.points());
        resolvePrevious(xy, mode);
        Points.draw(q.t, q.g.state, xy, xy.length / 2);
    }

    void polyLine(Client c, PolyLine rq) {
        int mode = rq.coordinateMode();
        if (mode > 1) throw XError.value(mode);
        Req q = begin(rq.drawable(), rq.gc());
        int[] xy = points(rq.points());
        resolvePrevious(xy, mode);
        Lines.polyLine(q.t, q.g.state, xy, xy.length / 2);
    }

    void polySegment(Client c, PolySegment rq) {
        Req q = begin(rq.drawable(), rq.gc());
        int[] s = segments(rq.segments());
        Lines.polySegment(q.t, q.g.state, s, s.length / 4);
    }

    void polyRectangle(Client c, PolyRectangle rq) {
        Req q = begin(rq.drawable(), rq.gc());
        int[] s = rectangles(rq.rectangles());
        Lines.polyRectangle(q.t, q.g.state, s, s.length / 4);
    }

    void polyArc(Client c, PolyArc rq) {
        Req q = begin(rq.drawable(), rq.gc());
        int[] a = arcs(rq.arcs());
        GraphicsContext gc = q.g.state;
        // Arcs paint each span as it comes, as mi does (it already merges what Xvfb merges). Odd dashes of
        // a DoubleDash line use the background pixel only for solid and stippled fills.
        SpanSink fg = new Painter(q.t, gc, gc.foreground, false);
        boolean patterned = gc.fillStyle == GraphicsContext.FILL_TILED || gc.fillStyle == GraphicsContext.FILL_OPAQUE_STIPPLED;
        SpanSink bg = gc.lineStyle == GraphicsContext.LINE_DOUBLE_DASH
            ? new Painter(q.t, gc, patterned ? gc.foreground : gc.background, false) : null;
        Arcs.polyArc(q.t, gc, a, a.length / 6, fg, bg);
    }

    void polyFillArc(Client c, PolyFillArc rq) {
        Req q = begin(rq.drawable(), rq.gc());
        int[] a = arcs(rq.arcs());
        SpanSink fill = Painter.fill(q.t, q.g.state);
        Arcs.polyFillArc(q.t, q.g.state, a, a.length / 6, fill);
    }

    void fillPoly(Client c, FillPoly q) {
        int did = q.drawable();
        Drawable d = drawable(did);
        Gc g = gc(q.gc());
        sameDepth(d, g);
        int shape = q.shape();
        int mode = q.coordinateMode();
        if (shape > 2) throw XError.value(shape);
        if (mode > 1) throw XError.value(mode);
        DrawTarget t = target(d, g.state);
        int[] xy = points(q.points());
        resolvePrevious(xy, mode);
        Polygons.fill(t, g.state, shape, xy, xy.length / 2);
    }

    void polyFillRectangle(Client c, PolyFillRectangle rq) {
        Req q = begin(rq.drawable(), rq.gc());
        int[] s = rectangles(rq.rectangles());
        FillRectangles.fill(q.t, q.g.state, s, s.length / 4);
    }

    void clearArea(Client c, ClearArea q) {
        int exposuresByte = q.exposures();
        Window w = server.window(q.window());
        int x = q.x(), y = q.y(), width = q.width(), height = q.height();
        if (w.isInputOnly()) throw XError.match();
        if (exposuresByte > 1) throw XError.value(exposuresByte);
        boolean exposures = exposuresByte != 0;
        server.tree.clearArea(w, x, y, width, height, exposures);
    }

    // ---- copies -----------------------------------------------------------------------------------

    /** The part of a source drawable's rectangle whose pixels are available, in drawable coordinates. */
    private Region sourceVisible(Drawable s, GraphicsContext gc, int sx, int sy, int w, int h) {
        Region rect = Region.of(sx, sy, w, h);
        if (s instanceof Window win) {
            Region vis = gc.subwindowMode == GraphicsContext.INCLUDE_INFERIORS
                ? win.borderClip.intersect(win.insideRegion()) : win.clipList;
            if (!win.viewable) vis = Region.EMPTY;
            return rect.intersect(vis.translate(-win.absX, -win.absY));
        }
        return rect.intersectBox(0, 0, s.width(), s.height());
    }

    void copyArea(Client c, CopyArea q) {
        // Xorg's order: the destination and the GC (VALIDATE_DRAWABLE_AND_GC), then the source.
        Drawable dst = drawable(q.dstDrawable());
        Gc g = gc(q.gc());
        sameDepth(dst, g);
        Drawable src = server.drawable(q.srcDrawable());
        int sx = q.srcX(), sy = q.srcY(), dx = q.dstX(), dy = q.dstY(), w = q.width(), h = q.height();
        if (src.depth() != dst.depth()) throw XError.match();
        if (src instanceof Window sw && sw.isInputOnly()) throw XError.match();
        GraphicsContext gc = g.state;
        DrawTarget t = target(dst, gc);
        Region avail = sourceVisible(src, gc, sx, sy, w, h);
        // Destination area receiving pixels, in buffer coordinates.
        Region dstRegion = avail.translate(dx - sx + t.originX(), dy - sy + t.originY()).intersect(t.clip());
        // Source buffer position = destination buffer position + shift.
        int shiftX = src.originX() + sx - dx - t.originX(), shiftY = src.originY() + sy - dy - t.originY();
        blit(src.pixels(), dst.pixels(), dstRegion, shiftX, shiftY, gc);
        graphicsExposures(c, gc, t, dst, src, avail, sx, sy, dx, dy, w, h, 62);
    }

    /**
     * A copy the server makes itself with a scratch GC (GXcopy, all planes, ClipByChildren, no graphics exposures), as
     * Present's pixmap copies and DOUBLE-BUFFER's swaps: w x h at sx,sy of src to dx,dy of dst, clipped to {@code clip}
     * (destination drawable coordinates) when it is not null. What the source cannot give is left as it was.
     */
    public void scratchCopy(Drawable src, int sx, int sy, int w, int h, Drawable dst, int dx, int dy, Region clip) {
        GraphicsContext gc = new GraphicsContext(dst.depth());
        gc.graphicsExposures = false;
        DrawTarget t = target(dst, gc);
        Region dstClip = clip == null ? t.clip() : t.clip().intersect(clip.translate(t.originX(), t.originY()));
        Region avail = sourceVisible(src, gc, sx, sy, w, h);
        Region dstRegion = avail.translate(dx - sx + t.originX(), dy - sy + t.originY()).intersect(dstClip);
        if (dstRegion.isEmpty()) return;
        blit(src.pixels(), dst.pixels(), dstRegion, src.originX() + sx - dx - t.originX(), src.originY() + sy - dy - t.originY(), gc);
    }

    /**
     * What a copy could not take from its source (obscured, or outside the source drawable), as in Xorg's
     * miHandleExposures: in a window destination it is painted with the window's background (none for background
     * None), whether or not the GC asks for exposures, and is reported as GraphicsExpose (one event for its extents
     * past 16 rectangles), else NoExpose.
     */
    private void graphicsExposures(Client c, GraphicsContext gc, DrawTarget t, Drawable dst, Drawable src, Region avail,
                                   int sx, int sy, int dx, int dy, int w, int h, int major) {
        if (!gc.graphicsExposures && !(dst instanceof Window)) return;
        Region exposed = Region.EMPTY;
        // Only window sources can be missing pixels inside their bounds; outside bounds always is.
        Region want = Region.of(sx, sy, w, h);
        Region missing = want.subtract(avail);
        if (!missing.isEmpty()) {
            exposed = missing.translate(dx - sx, dy - sy);
            Region dstClip = t.clip().translate(-t.originX(), -t.originY());
            if (dst instanceof Window dw) {
                Region vis = gc.subwindowMode == GraphicsContext.INCLUDE_INFERIORS ? dw.borderClip.intersect(dw.insideRegion()) : dw.clipList;
                dstClip = vis.translate(-dw.absX, -dw.absY);
                if (gc.clip != null) dstClip = dstClip.intersect(gc.clip.translate(gc.clipXOrigin, gc.clipYOrigin));
            }
            exposed = exposed.intersect(dstClip);
        }
        boolean extents = gc.graphicsExposures && exposed.rectCount() > 16 && dst instanceof Window;
        if (extents) {
            int[] e = exposed.extents();
            exposed = Region.ofBox(e[0], e[1], e[2], e[3]);
        }
        if (dst instanceof Window dw && !exposed.isEmpty() && dw.backgroundKind != Window.BG_NONE) {
            Region screen = exposed.translate(dw.absX, dw.absY);
            if (extents) screen = screen.intersect(dw.clipList);
            server.tree.paintBackground(dw, screen); // reports its writes itself
        }
        if (!gc.graphicsExposures) return;
        int drawableId = dst.id();
        if (exposed.isEmpty()) {
            server.sendEvent(c, EventMask.E_NO_EXPOSE, 0, e -> e.i32(drawableId).u16(0).u8(major));
            return;
        }
        int n = exposed.rectCount();
        for (int i = 0; i < n; i++) {
            int x = exposed.x1(i), y = exposed.y1(i), ww = exposed.x2(i) - x, hh = exposed.y2(i) - y, count = n - 1 - i;
            server.sendEvent(c, EventMask.E_GRAPHICS_EXPOSE, 0, e -> e.i32(drawableId).u16(x).u16(y).u16(ww).u16(hh)
                .u16(0).u16(count).u8(major));
        }
    }

    /** Copies pixels for every rectangle of a destination region (buffer coordinates) through the GC function. */
    private static void blit(Pixels src, Pixels dst, Region region, int shiftX, int shiftY, GraphicsContext gc) {
        int pm = Painter.reducedPlaneMask(gc.planeMask, dst.depth);
        int alu = gc.function;
        boolean plainCopy = alu == GraphicsContext.GX_COPY && pm == -1;
        boolean same = src == dst;
        int n = region.rectCount();
        // Overlapping copies within one buffer: walk rectangles and rows against the direction of motion.
        boolean reverseY = same && shiftY < 0, reverseX = same && shiftX < 0;
        for (int k = 0; k < n; k++) {
            int i = reverseY ? n - 1 - k : k;
            int x1 = region.x1(i), x2 = region.x2(i), y1 = region.y1(i), y2 = region.y2(i);
            int w = x2 - x1;
            for (int yy = 0; yy < y2 - y1; yy++) {
                int y = reverseY ? y2 - 1 - yy : y1 + yy;
                int so = (y + shiftY) * src.width + x1 + shiftX, doff = y * dst.width + x1;
                if (plainCopy) Pixels.copy(src, so, dst, doff, w);
                else if (same && reverseX) for (int x = w - 1; x >= 0; x--) dst.put(doff + x, Painter.apply(alu, src.at(so + x), dst.at(doff + x), pm));
                else if (same && so < doff && so + w > doff) {
                    int[] tmp = new int[w];
                    src.copyTo(so, tmp, 0, w);
                    for (int x = 0; x < w; x++) dst.put(doff + x, Painter.apply(alu, tmp[x], dst.at(doff + x), pm));
                } else for (int x = 0; x < w; x++) dst.put(doff + x, Painter.apply(alu, src.at(so + x), dst.at(doff + x), pm));
            }
        }
        // A plain copy inside one buffer is a move (the screen's: COPY_BITS on the remote side), anything else damage.
        if (same && alu == GraphicsContext.GX_COPY && Painter.reducedPlaneMask(gc.planeMask, 24) == -1) {
            dst.copied(region, -shiftX, -shiftY);
        } else {
            dst.wrote(region);
        }
    }

    void copyPlane(Client c, CopyPlane q) {
        // Xorg's order: the destination and the GC (VALIDATE_DRAWABLE_AND_GC), then the source.
        Drawable dst = drawable(q.dstDrawable());
        Gc g = gc(q.gc());
        sameDepth(dst, g);
        Drawable src = server.drawable(q.srcDrawable());
        int sx = q.srcX(), sy = q.srcY(), dx = q.dstX(), dy = q.dstY(), w = q.width(), h = q.height();
        int plane = q.bitPlane();
        if (plane == 0 || (plane & (plane - 1)) != 0 || (src.depth() < 32 && Integer.compareUnsigned(plane, 1 << src.depth()) >= 0)) {
            throw XError.value(plane);
        }
        GraphicsContext gc = g.state;
        DrawTarget t = target(dst, gc);
        Region avail = sourceVisible(src, gc, sx, sy, w, h);
        Region dstRegion = avail.translate(dx - sx + t.originX(), dy - sy + t.originY()).intersect(t.clip());
        int shiftX = src.originX() + sx - dx - t.originX(), shiftY = src.originY() + sy - dy - t.originY();
        Pixels sp = src.pixels(), dp = dst.pixels();
        int pm = Painter.reducedPlaneMask(gc.planeMask, dp.depth);
        int mask = Pixels.depthMask(dp.depth == 24 ? 32 : dp.depth);
        int fg = gc.foreground & mask, bg = gc.background & mask;
        // one buffer: the source is read whole before any of it is written
        int[] sdata = sp == dp ? sp.toArray() : null;
        for (int i = 0; i < dstRegion.rectCount(); i++) {
            for (int y = dstRegion.y1(i); y < dstRegion.y2(i); y++) {
                int so = (y + shiftY) * sp.width + shiftX, doff = y * dp.width;
                for (int x = dstRegion.x1(i); x < dstRegion.x2(i); x++) {
                    int s = ((sdata != null ? sdata[so + x] : sp.at(so + x)) & plane) != 0 ? fg : bg;
                    dp.put(doff + x, Painter.apply(gc.function, s, dp.at(doff + x), pm));
                }
            }
        }
        dp.wrote(dstRegion);
        graphicsExposures(c, gc, t, dst, src, avail, sx, sy, dx, dy, w, h, 63);
    }

    // ---- images -----------------------------------------------------------------------------------

    static int bitsPerPixel(int depth) { return Painter.bitsPerPixel(depth); }

    public static int zRowBytes(int width, int depth) {
        long bits = (long) width * bitsPerPixel(depth);
        return (int) (((bits + 31) / 32) * 4);
    }

    void putImage(Client c, PutImage q) {
        int format = q.format();
        int did = q.drawable();
        Drawable d = drawable(did);
        Gc g = gc(q.gc());
        sameDepth(d, g);
        int width = q.width(), height = q.height(), dx = q.dstX(), dy = q.dstY(), leftPad = q.leftPad(), depth = q.depth();
        ByteList data = q.data();
        GraphicsContext gc = g.state;
        long need;
        switch (format) {
            case 0 -> { // Bitmap
                if (depth != 1) throw XError.match();
                if (leftPad >= 32) throw XError.match();
                need = (long) ((leftPad + width + 31) / 32) * 4 * height;
            }
            case 1 -> {
                if (depth != d.depth()) throw XError.match();
                if (leftPad >= 32) throw XError.match();
                need = (long) ((leftPad + width + 31) / 32) * 4 * height * depth;
            }
            case 2 -> {
                if (depth != d.depth()) throw XError.match();
                if (leftPad != 0) throw XError.match();
                need = (long) zRowBytes(width, depth) * height;
            }
            default -> throw XError.value(format);
        }
        if (((need + 3) & ~3) != data.size()) throw XError.length();
        int rowBytes = format == 2 ? zRowBytes(width, depth) : ((leftPad + width + 31) / 32) * 4;
        // The image bytes are read in place in the client's buffer.
        drawImage(d, gc, format, depth, width, height, dx, dy, leftPad, data.array(), data.arrayOffset(), rowBytes);
    }

    /** The drawable and GC of a drawing request, checked as Xorg's VALIDATE_DRAWABLE_AND_GC (for extensions). */
    public record Drawing(Drawable drawable, GraphicsContext gc) { }

    /** Looks up a drawing request's drawable and GC as the core requests do (BadDrawable, BadGC, BadMatch). */
    public Drawing drawing(int drawableId, int gcId) {
        Drawable d = drawable(drawableId);
        Gc g = gc(gcId);
        sameDepth(d, g);
        return new Drawing(d, g.state);
    }

    /**
     * Draws a ZPixmap of 32-bit pixels straight from native memory (MIT-SHM's segment) when the GC copies plainly:
     * one bulk copy a row, no heap copy of the image. Returns false (and draws nothing) for any other GC, which the
     * caller then draws through {@link #drawImage}. Rows are {@code rowBytes} apart from {@code base}; {@code xOffset}
     * is the first pixel column. The caller has checked that every byte read lies inside {@code src}.
     */
    public boolean drawImage32(Drawable d, GraphicsContext gc, int width, int height, int dx, int dy, int xOffset,
                               java.lang.foreign.MemorySegment src, long base, int rowBytes) {
        Pixels px = d.pixels();
        if (bitsPerPixel(d.depth()) != 32 || gc.function != GraphicsContext.GX_COPY
            || Painter.reducedPlaneMask(gc.planeMask, px.depth) != -1) return false;
        if (width == 0 || height == 0) return true;
        DrawTarget t = target(d, gc);
        Region region = t.clip().intersectBox(t.originX() + dx, t.originY() + dy, t.originX() + dx + width, t.originY() + dy + height);
        if (region.isEmpty()) return true;
        var pixel = java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < region.rectCount(); i++) {
            int x1 = region.x1(i), x2 = region.x2(i);
            for (int y = region.y1(i); y < region.y2(i); y++) {
                long from = base + (long) (y - t.originY() - dy) * rowBytes + 4L * (x1 - t.originX() - dx + xOffset);
                java.lang.foreign.MemorySegment.copy(src, pixel, from, px.memory, Pixels.PIXEL, 4L * (y * px.width + x1), x2 - x1);
            }
        }
        px.wrote(region);
        return true;
    }

    /**
     * Draws an image of {@code width} x {@code height} pixels at (dx, dy) through the GC, as PutImage does. The image
     * is in {@code b} from {@code base}, rows {@code rowBytes} apart (an XYPixmap's planes {@code height} rows each);
     * {@code xOffset} is the first pixel column of each row (PutImage's left pad for the XY formats, a column of a
     * larger shared image for MIT-SHM). The caller has checked that every byte read lies inside {@code b}.
     */
    public void drawImage(Drawable d, GraphicsContext gc, int format, int depth, int width, int height, int dx, int dy,
                          int xOffset, byte[] b, int base, int rowBytes) {
        if (width == 0 || height == 0) return;
        DrawTarget t = target(d, gc);
        Region region = t.clip().intersectBox(t.originX() + dx, t.originY() + dy, t.originX() + dx + width, t.originY() + dy + height);
        if (region.isEmpty()) return;
        int leftPad = xOffset;
        Pixels px = d.pixels();
        int pm = Painter.reducedPlaneMask(gc.planeMask, px.depth);
        int alu = gc.function;
        int mask = Pixels.depthMask(px.depth == 24 ? 32 : px.depth);
        int fg = gc.foreground & mask, bg = gc.background & mask;
        int bpp = bitsPerPixel(depth);
        if (format == 2 && bpp == 32 && alu == GraphicsContext.GX_COPY && pm == -1) {
            // Plain copy of 32-bit pixels: one bulk little-endian copy per row (a memory copy on x86).
            java.lang.foreign.MemorySegment image = java.lang.foreign.MemorySegment.ofArray(b);
            for (int i = 0; i < region.rectCount(); i++) {
                int x1 = region.x1(i), x2 = region.x2(i);
                for (int y = region.y1(i); y < region.y2(i); y++) {
                    int iy = y - t.originY() - dy;
                    long from = base + (long) iy * rowBytes + 4L * (x1 - t.originX() - dx + xOffset);
                    java.lang.foreign.MemorySegment.copy(image, Pixels.IMAGE_PIXEL, from, px.memory, Pixels.PIXEL,
                        4L * (y * px.width + x1), x2 - x1);
                }
            }
            px.wrote(region);
            return;
        }
        for (int i = 0; i < region.rectCount(); i++) {
            int x1 = region.x1(i), x2 = region.x2(i);
            for (int y = region.y1(i); y < region.y2(i); y++) {
                int iy = y - t.originY() - dy;
                int doff = y * px.width;
                for (int x = x1; x < x2; x++) {
                    int ix = x - t.originX() - dx;
                    int s;
                    if (format == 2) s = zPixel(b, base + iy * rowBytes, ix + xOffset, bpp);
                    else if (format == 0) s = bit(b, base + iy * rowBytes, ix + leftPad) ? fg : bg;
                    else {
                        s = 0;
                        for (int p = 0; p < depth; p++) {
                            int planeBase = base + (p * height + iy) * rowBytes;
                            if (bit(b, planeBase, ix + leftPad)) s |= 1 << (depth - 1 - p);
                        }
                    }
                    px.put(doff + x, Painter.apply(alu, s, px.at(doff + x), pm));
                }
            }
        }
        px.wrote(region);
    }

    private static boolean bit(byte[] b, int rowOffset, int x) {
        return (b[rowOffset + (x >> 3)] & (1 << (x & 7))) != 0;
    }

    private static int zPixel(byte[] b, int rowOffset, int x, int bpp) {
        return switch (bpp) {
            case 1 -> (b[rowOffset + (x >> 3)] >> (x & 7)) & 1;
            case 8 -> b[rowOffset + x] & 0xff;
            case 16 -> (b[rowOffset + 2 * x] & 0xff) | (b[rowOffset + 2 * x + 1] & 0xff) << 8;
            default -> {
                int o = rowOffset + 4 * x;
                yield (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
            }
        };
    }

    void getImage(Client c, GetImage q) {
        int format = q.format();
        Drawable d = server.drawable(q.drawable());
        int x = q.x(), y = q.y(), w = q.width(), h = q.height();
        int planeMask = q.planeMask();
        if (format != 1 && format != 2) throw XError.value(format);
        int visual = 0;
        if (d instanceof Window win) {
            if (!win.viewable || win.isInputOnly()) throw XError.match();
            int ax = win.absX + x, ay = win.absY + y;
            if (ax < 0 || ay < 0 || ax + w > server.framebuffer.width || ay + h > server.framebuffer.height
                || x < -win.borderWidth || y < -win.borderWidth || x + w > win.width + win.borderWidth
                || y + h > win.height + win.borderWidth) throw XError.match();
            visual = win.visual;
        } else if (x < 0 || y < 0 || x + w > d.width() || y + h > d.height()) throw XError.match();
        Pixels px = d.pixels();
        int depth = d.depth();
        int ox = d.originX() + x, oy = d.originY() + y;
        // The reply is built whole before it is queued: one larger than the client may have unread is BadAlloc,
        // and while it is built it counts against the display.
        long bytes = format == 2 ? (long) zRowBytes(w, depth) * h
            : (long) ((w + 31) / 32) * 4 * h * Long.bitCount(planeMask & ((1L << depth) - 1));
        MemoryBudget.Charge building = c.reserveReply(bytes + 32);
        try {
            getImage(c, format, px, depth, visual, ox, oy, w, h, planeMask);
        } finally {
            building.release();
        }
    }

    /**
     * Writes GetImage's reply by hand (the layout of GetImage.Reply), converting pixels straight into the reply
     * buffer: the generated reply takes a byte[] and would copy the image once more.
     */
    private void getImage(Client c, int format, Pixels px, int depth, int visual, int ox, int oy, int w, int h, int planeMask) {
        ReplyWriter o = c.reply(depth);
        o.i32(visual).zeros(20);
        if (format == 2) {
            int rowBytes = zRowBytes(w, depth);
            if ((long) rowBytes * h > Integer.MAX_VALUE / 2) throw XError.alloc();
            int at = o.reserve(rowBytes * h);
            zImageRows(px, depth, planeMask, ox, oy, w, h, o.array(), at);
        } else {
            int rowBytes = ((w + 31) / 32) * 4;
            for (int p = depth - 1; p >= 0; p--) {
                if ((planeMask & (1 << p)) == 0) continue;
                int at = o.reserve(rowBytes * h);
                planeImageRows(px, p, ox, oy, w, h, o.array(), at);
            }
        }
        c.sendReply(o);
    }

    /**
     * GetImage's ZPixmap bytes of {@code rows} rows of {@code w} pixels from (ox, oy) of a buffer (buffer
     * coordinates, checked by the caller), {@code zRowBytes(w, depth)} a row, written into {@code out} from {@code at}.
     */
    public static void zImageRows(Pixels px, int depth, int planeMask, int ox, int oy, int w, int rows, byte[] out, int at) {
        int rowBytes = zRowBytes(w, depth), bpp = bitsPerPixel(depth);
        int mask = depth == 24 ? planeMask : planeMask & Pixels.depthMask(depth);
        if (bpp == 32 && mask == -1) {
            // every bit as stored: one copy a row into the image's byte order (a memory copy on x86)
            java.lang.foreign.MemorySegment image = java.lang.foreign.MemorySegment.ofArray(out);
            for (int row = 0; row < rows; row++) {
                java.lang.foreign.MemorySegment.copy(px.memory, Pixels.PIXEL, 4L * ((oy + row) * px.width + ox), image,
                    Pixels.IMAGE_PIXEL, at + (long) row * rowBytes, w);
            }
            return;
        }
        java.util.Arrays.fill(out, at, at + rowBytes * rows, (byte) 0);
        for (int row = 0; row < rows; row++) {
            int so = (oy + row) * px.width + ox, doff = at + row * rowBytes;
            for (int col = 0; col < w; col++) {
                int v = px.at(so + col) & mask;
                switch (bpp) {
                    case 1 -> { if ((v & 1) != 0) out[doff + (col >> 3)] |= (byte) (1 << (col & 7)); }
                    case 8 -> out[doff + col] = (byte) v;
                    case 16 -> { out[doff + 2 * col] = (byte) v; out[doff + 2 * col + 1] = (byte) (v >> 8); }
                    default -> {
                        int p = doff + 4 * col;
                        out[p] = (byte) v; out[p + 1] = (byte) (v >> 8); out[p + 2] = (byte) (v >> 16); out[p + 3] = (byte) (v >> 24);
                    }
                }
            }
        }
    }

    /** GetImage's XYPixmap bytes of one plane, {@code ((w + 31) / 32) * 4} a row, as {@link #zImageRows}. */
    public static void planeImageRows(Pixels px, int plane, int ox, int oy, int w, int rows, byte[] out, int at) {
        int rowBytes = ((w + 31) / 32) * 4;
        java.util.Arrays.fill(out, at, at + rowBytes * rows, (byte) 0);
        for (int row = 0; row < rows; row++) {
            int so = (oy + row) * px.width + ox, doff = at + row * rowBytes;
            for (int col = 0; col < w; col++) {
                if ((px.at(so + col) & (1 << plane)) != 0) out[doff + (col >> 3)] |= (byte) (1 << (col & 7));
            }
        }
    }

    // ---- text -------------------------------------------------------------------------------------

    void polyText8(Client c, PolyText8 q) { polyText(q.drawable(), q.gc(), q.x(), q.y(), q.items(), false); }

    void polyText16(Client c, PolyText16 q) { polyText(q.drawable(), q.gc(), q.x(), q.y(), q.items(), true); }

    private void polyText(int did, int gid, int x, int y, ByteList items, boolean wide) {
        Drawable d = drawable(did);
        Gc g = gc(gid);
        sameDepth(d, g);
        DrawTarget t = target(d, g.state);
        server.dispatcher.fonts.polyText(g, t, items, x, y, wide);
    }

    void imageText8(Client c, ImageText8 q) { imageText(q.drawable(), q.gc(), q.x(), q.y(), q.string(), null); }

    void imageText16(Client c, ImageText16 q) { imageText(q.drawable(), q.gc(), q.x(), q.y(), null, q.string()); }

    /** ImageText8 (chars8) or ImageText16 (chars16). */
    private void imageText(int did, int gid, int x, int y, ByteList chars8, Char2bList chars16) {
        Drawable d = drawable(did);
        Gc g = gc(gid);
        sameDepth(d, g);
        DrawTarget t = target(d, g.state);
        server.dispatcher.fonts.imageText(g, t, chars8, chars16, x, y);
    }
}
