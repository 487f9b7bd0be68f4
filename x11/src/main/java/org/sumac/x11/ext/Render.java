package org.sumac.x11.ext;

import java.lang.foreign.Arena;
import java.lang.ref.Cleaner;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;
import org.sumac.x11.protocol.render.AddGlyphs;
import org.sumac.x11.protocol.render.AddTraps;
import org.sumac.x11.protocol.render.ChangePicture;
import org.sumac.x11.protocol.render.ColorList;
import org.sumac.x11.protocol.render.Composite;
import org.sumac.x11.protocol.render.CompositeGlyphs16;
import org.sumac.x11.protocol.render.CompositeGlyphs32;
import org.sumac.x11.protocol.render.CompositeGlyphs8;
import org.sumac.x11.protocol.render.CreateAnimCursor;
import org.sumac.x11.protocol.render.CreateConicalGradient;
import org.sumac.x11.protocol.render.CreateCursor;
import org.sumac.x11.protocol.render.CreateGlyphSet;
import org.sumac.x11.protocol.render.CreateLinearGradient;
import org.sumac.x11.protocol.render.CreatePicture;
import org.sumac.x11.protocol.render.CreateRadialGradient;
import org.sumac.x11.protocol.render.CreateSolidFill;
import org.sumac.x11.protocol.render.Directformat;
import org.sumac.x11.protocol.render.FillRectangles;
import org.sumac.x11.protocol.render.FreeGlyphSet;
import org.sumac.x11.protocol.render.FreeGlyphs;
import org.sumac.x11.protocol.render.FreePicture;
import org.sumac.x11.protocol.render.Glyphinfo;
import org.sumac.x11.protocol.render.Pictdepth;
import org.sumac.x11.protocol.render.Pictforminfo;
import org.sumac.x11.protocol.render.Pictscreen;
import org.sumac.x11.protocol.render.Pictvisual;
import org.sumac.x11.protocol.render.PointfixList;
import org.sumac.x11.protocol.render.QueryFilters;
import org.sumac.x11.protocol.render.QueryPictFormats;
import org.sumac.x11.protocol.render.QueryPictIndexValues;
import org.sumac.x11.protocol.render.QueryVersion;
import org.sumac.x11.protocol.render.ReferenceGlyphSet;
import org.sumac.x11.protocol.render.RenderHandler;
import org.sumac.x11.protocol.render.RenderProtocol;
import org.sumac.x11.protocol.render.SetPictureClipRectangles;
import org.sumac.x11.protocol.render.SetPictureFilter;
import org.sumac.x11.protocol.render.SetPictureTransform;
import org.sumac.x11.protocol.render.Transform;
import org.sumac.x11.protocol.render.Trap;
import org.sumac.x11.protocol.render.TrapList;
import org.sumac.x11.protocol.render.Trapezoid;
import org.sumac.x11.protocol.render.TrapezoidList;
import org.sumac.x11.protocol.render.Triangle;
import org.sumac.x11.protocol.render.TriangleList;
import org.sumac.x11.protocol.render.TriFan;
import org.sumac.x11.protocol.render.TriStrip;
import org.sumac.x11.protocol.render.Triangles;
import org.sumac.x11.protocol.render.Trapezoids;
import org.sumac.x11.protocol.xproto.RectangleList;
import org.sumac.x11.protocol.xproto.Str;
import org.sumac.x11.render.Drawable;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.render.pixman.Pixman;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * RENDER 0.11 with pixman doing the compositing, as Xorg's fb does (fbpict.c, fbtrap.c): each request builds pixman
 * images over native copies of the drawables' pixels, composites, and copies the destination's changed rectangle
 * back (design choice (b) of issue 14: correct by construction; the int[] storage of the core rasterizers stays).
 * Pictures and glyph sets are client resources charged to the client.
 */
final class Render implements Extensions.Handler, RenderHandler<Client> {
    /** Xvfb's (21.1) numbers. */
    static final int MAJOR = 139, FIRST_ERROR = 142;
    private static final int PICT_FORMAT = 0, PICTURE = 1, PICT_OP = 2, GLYPH_SET = 3, GLYPH = 4;
    private final XServer server;
    private final int errorBase;
    /** The pictures on each window: Xorg frees them with the window. */
    private final Map<Window, List<Picture>> onWindows = new IdentityHashMap<>();
    /**
     * pixman's copies of the glyphs drawn lately, as Xorg's glyph cache (made with the first glyphs drawn, destroyed
     * when this display's RENDER is unreachable); {@link #glyphKeys} numbers glyphs for it.
     */
    private MemorySegment glyphCache;
    /**
     * Native memory a request fills and pixman reads during one call (clip boxes, glyph lists), kept between requests:
     * requests run one at a time under the display lock, and a Composite of a few pixels should not pay for an arena.
     */
    private MemorySegment scratch = MemorySegment.NULL;

    /** {@link #scratch}, at least {@code bytes} long (its contents are not kept when it grows). */
    private MemorySegment scratch(long bytes) {
        if (scratch.byteSize() < bytes) scratch = Arena.ofAuto().allocate(Math.max(bytes, 4096), 16);
        return scratch;
    }
    private long glyphKeys;
    private static final Cleaner CLEANER = Cleaner.create();

    Render(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.errorBase = bases.firstError();
    }

    // ---- formats -------------------------------------------------------------------------------

    /** A direct picture format: Xvfb's id, depth, channel shifts and masks, and pixman's code for it. */
    record Format(int id, int depth, int red, int redMask, int green, int greenMask, int blue, int blueMask, int alpha,
                  int alphaMask) {
        int bpp() { return depth == 24 ? 32 : depth; }

        /** PICT_FORMAT as Xorg's picture.c derives it from the masks. */
        int pixman() {
            int a = Integer.bitCount(alphaMask), r = Integer.bitCount(redMask), g = Integer.bitCount(greenMask),
                b = Integer.bitCount(blueMask);
            int type;
            if (r == 0 && g == 0 && b == 0) type = 1; // A
            else if (red > blue) type = 2; // ARGB
            else if (red == 0) type = 3; // ABGR
            else type = 8; // BGRA
            return Pixman.format(bpp(), type, a, r, g, b);
        }

        Pictforminfo info() {
            return new Pictforminfo(id, 1, depth, new Directformat(red, redMask, green, greenMask, blue, blueMask, alpha, alphaMask), 0);
        }
    }

    /** Xvfb's formats, in its order and with its ids (QueryPictFormats on Xvfb 21.1, depth 24 screen). */
    static final List<Format> FORMATS = List.of(
        new Format(0x23, 1, 0, 0, 0, 0, 0, 0, 0, 1),
        new Format(0x24, 8, 0, 0, 0, 0, 0, 0, 0, 0xff),
        new Format(0x25, 32, 16, 0xff, 8, 0xff, 0, 0xff, 24, 0xff),
        new Format(0x26, 32, 16, 0xff, 8, 0xff, 0, 0xff, 0, 0),
        new Format(0x27, 32, 8, 0xff, 16, 0xff, 24, 0xff, 0, 0xff),
        new Format(0x28, 32, 8, 0xff, 16, 0xff, 24, 0xff, 0, 0),
        new Format(0x29, 24, 16, 0xff, 8, 0xff, 0, 0xff, 0, 0),
        new Format(0x2a, 24, 0, 0xff, 8, 0xff, 16, 0xff, 0, 0),
        new Format(0x2b, 16, 8, 0xf, 4, 0xf, 0, 0xf, 0, 0),
        new Format(0x2c, 16, 0, 0xf, 4, 0xf, 8, 0xf, 0, 0),
        new Format(0x2d, 16, 10, 0x1f, 5, 0x1f, 0, 0x1f, 0, 0),
        new Format(0x2e, 16, 0, 0x1f, 5, 0x1f, 10, 0x1f, 0, 0),
        new Format(0x2f, 16, 10, 0x1f, 5, 0x1f, 0, 0x1f, 15, 1),
        new Format(0x30, 16, 0, 0x1f, 5, 0x1f, 10, 0x1f, 15, 1),
        new Format(0x31, 16, 11, 0x1f, 5, 0x3f, 0, 0x1f, 0, 0),
        new Format(0x32, 16, 0, 0x1f, 5, 0x3f, 11, 0x1f, 0, 0),
        new Format(0x33, 16, 8, 0xf, 4, 0xf, 0, 0xf, 12, 0xf),
        new Format(0x34, 16, 0, 0xf, 4, 0xf, 8, 0xf, 12, 0xf),
        new Format(0x35, 32, 0, 0xff, 8, 0xff, 16, 0xff, 0, 0),
        new Format(0x36, 32, 20, 0x3ff, 10, 0x3ff, 0, 0x3ff, 30, 3),
        new Format(0x37, 32, 20, 0x3ff, 10, 0x3ff, 0, 0x3ff, 0, 0),
        new Format(0x38, 32, 0, 0x3ff, 10, 0x3ff, 20, 0x3ff, 30, 3),
        new Format(0x39, 32, 0, 0x3ff, 10, 0x3ff, 20, 0x3ff, 0, 0));
    private static final int A8R8G8B8 = 0x25, X8R8G8B8 = 0x29;

    private Format format(int id) {
        for (Format f : FORMATS) if (f.id() == id) return f;
        throw new XError(errorBase + PICT_FORMAT, id);
    }

    /** Filters as Xvfb lists them; the last three are aliases of the first two. */
    private static final String[] FILTERS = {"nearest", "bilinear", "convolution", "fast", "good", "best"};
    private static final int[] FILTER_ALIASES = {0xffff, 0xffff, 0xffff, 0, 1, 1};

    // ---- resources -----------------------------------------------------------------------------

    /** A gradient or solid source: its pixman image is made anew for each request. */
    private sealed interface SourcePict permits Solid, Gradient { }

    private record Solid(int red, int green, int blue, int alpha) implements SourcePict { }

    /** kind 0 linear (x1, y1, x2, y2), 1 radial (x1, y1, x2, y2, r1, r2), 2 conical (x, y, angle). */
    private record Gradient(int kind, int[] geometry, int[] stops, int[] colors) implements SourcePict { }

    final class Picture implements Resource {
        private final int id;
        final Drawable drawable;
        final Format format;
        final SourcePict source;
        int repeat, alphaX, alphaY, clipX, clipY, subwindowMode, polyEdge, polyMode;
        boolean componentAlpha, graphicsExposures = true;
        Picture alphaMap;
        /** The client clip in picture coordinates before the clip origin, or null. */
        Region clip;
        MemoryBudget.Charge clipCharge;
        int[] transform;
        int filter;
        int[] filterParams = new int[0];
        /**
         * pixman's image of a plain picture (see {@link #plain}), kept between requests: making and freeing it cost
         * as much as a small Composite itself. For a drawable it lies over the address {@link #imageMemory} ({@link
         * #imageWidth} x {@link #imageHeight}; an address, so that it holds no memory alive), and is made again when
         * the drawable's pixels move (a window redirected, the screen resized); it never gets a clip or any attribute
         * set. Freed with the picture.
         */
        MemorySegment image;
        long imageMemory;
        int imageWidth, imageHeight;

        Picture(int id, Drawable drawable, Format format, SourcePict source) {
            this.id = id;
            this.drawable = drawable;
            this.format = format;
            this.source = source;
        }

        @Override public int id() { return id; }

        /** No transform, repeat, alpha map, component alpha or filter: pixman's image needs no attribute set. */
        boolean plain() {
            return transform == null && repeat == 0 && alphaMap == null && !componentAlpha && filter == 0 && filterParams.length == 0;
        }

        @Override public void free(XServer s) {
            Pixman.unref(image);
            image = null;
            if (clipCharge != null) clipCharge.release();
            if (drawable instanceof Pixmap pm) pm.pixels.release();
            if (drawable instanceof Window w) {
                List<Picture> l = onWindows.get(w);
                if (l != null) {
                    l.remove(this);
                    if (l.isEmpty()) onWindows.remove(w);
                }
            }
        }
    }

    /** What ReferenceGlyphSet shares: the glyphs, freed with the last id naming them. */
    private static final class Glyphs {
        final Format format;
        final IdTable<Glyph> byId = new IdTable<>();
        int references = 1;

        Glyphs(Format format) { this.format = format; }
    }

    /**
     * A glyph: its metrics and its image rows, {@code stride} bytes apart in the glyph set's format; {@code key} names
     * it in the glyph cache.
     */
    private record Glyph(int width, int height, int x, int y, int xOff, int yOff, int stride, byte[] data,
                         MemoryBudget.Charge charge, long key) { }

    /** A glyph is gone: its memory is given back and the cache forgets it. */
    private void release(Glyph g) {
        g.charge().release();
        if (glyphCache != null) Pixman.glyphCacheRemove(glyphCache, g.key());
    }

    private MemorySegment glyphCache() {
        if (glyphCache == null) {
            MemorySegment cache = Pixman.glyphCacheCreate();
            if (cache.equals(MemorySegment.NULL)) throw XError.alloc();
            glyphCache = cache;
            CLEANER.register(this, () -> Pixman.glyphCacheDestroy(cache));
        }
        return glyphCache;
    }

    private final class GlyphSet implements Resource {
        private final int id;
        final Glyphs glyphs;

        GlyphSet(int id, Glyphs glyphs) {
            this.id = id;
            this.glyphs = glyphs;
        }

        @Override public int id() { return id; }

        @Override public void free(XServer s) {
            if (--glyphs.references == 0) {
                glyphs.byId.forEachValue(Render.this::release);
                glyphs.byId.clear();
            }
        }
    }

    private Picture picture(int id) {
        return server.lookup(id, Picture.class, errorBase + PICTURE);
    }

    /** A picture that may be used as alpha (mask): 0 is none. */
    private Picture optionalPicture(int id) {
        return id == 0 ? null : picture(id);
    }

    private GlyphSet glyphSet(int id) {
        return server.lookup(id, GlyphSet.class, errorBase + GLYPH_SET);
    }

    private static void checkOp(int op) {
        if (!(op <= 13 || (op >= 16 && op <= 27) || (op >= 32 && op <= 43) || (op >= 48 && op <= 62))) throw XError.value(op);
    }

    /** The destination of a drawing request: a picture with a drawable (BadDrawable for a source-only one). */
    private Picture destination(int id) {
        Picture p = picture(id);
        if (p.drawable == null) throw new XError(XError.DRAWABLE, 0);
        return p;
    }

    @Override public void windowDestroyed(Window w) {
        List<Picture> l = onWindows.remove(w);
        if (l == null) return;
        for (Picture p : List.copyOf(l)) if (server.resource(p.id()) == p) server.removeResource(p.id());
    }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        // AddGlyphs with a glyph count Xorg cannot make its array for is BadAlloc, before the lists are measured;
        // for an MSB-first client Xorg swaps (and measures) the lists first, so there it stays BadLength.
        if (minor == RenderProtocol.ADD_GLYPHS && !c.msbFirst() && r.length() >= 12) {
            int set = r.int32At(4);
            glyphSet(set);
            if (Integer.toUnsignedLong(r.int32At(8)) > 0xffffffffL / 32) throw new XError(XError.ALLOC, set);
        }
        RenderProtocol.dispatch(this, c, r, minor);
    }

    // ---- queries -------------------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(0, 11));
    }

    @Override public void queryPictFormats(Client c, QueryPictFormats q) {
        List<Pictforminfo> formats = FORMATS.stream().map(Format::info).toList();
        List<Pictdepth> depths = new ArrayList<>();
        depths.add(new Pictdepth(24, List.of(new Pictvisual(XServer.ROOT_VISUAL, X8R8G8B8),
            new Pictvisual(XServer.DIRECT_VISUAL, X8R8G8B8))));
        for (int d : new int[] {1, 4, 8, 16}) depths.add(new Pictdepth(d, List.of()));
        depths.add(new Pictdepth(32, List.of(new Pictvisual(XServer.ARGB_VISUAL, A8R8G8B8))));
        c.sendReply(new QueryPictFormats.Reply(depths.size(), 3, formats, List.of(new Pictscreen(0x23, depths)), new int[] {0}));
    }

    @Override public void queryPictIndexValues(Client c, QueryPictIndexValues q) {
        format(q.format());
        throw XError.match(); // every format here is direct
    }

    @Override public void queryFilters(Client c, QueryFilters q) {
        server.drawable(q.drawable());
        List<Str> names = new ArrayList<>();
        for (String f : FILTERS) names.add(new Str(f));
        c.sendReply(new QueryFilters.Reply(FILTER_ALIASES, names));
    }

    // ---- pictures ------------------------------------------------------------------------------

    @Override public void createPicture(Client c, CreatePicture q) {
        server.checkNewId(c, q.pid());
        Drawable d = server.drawable(q.drawable());
        Format f = format(q.format());
        if (f.depth() != d.depth()) throw XError.match();
        ValueList values = q.valueList();
        Picture p = new Picture(q.pid(), d, f, null);
        change(c, p, values);
        server.addResource(c, p);
        // the picture holds its pixmap's pixels as Xorg's holds the pixmap: FreePixmap leaves them to it
        if (d instanceof Pixmap pm) pm.pixels.retain();
        if (d instanceof Window w) onWindows.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
    }

    @Override public void changePicture(Client c, ChangePicture q) {
        Picture p = picture(q.picture());
        change(c, p, q.valueList());
    }

    /** ChangePicture's values in mask order; as Xorg, those before a bad one stay applied. */
    private void change(Client c, Picture p, ValueList v) {
        int mask = v.mask();
        for (int i = 0, bit = 1; bit != 0 && (mask & -bit) != 0; bit <<= 1) {
            if ((mask & bit) == 0) continue;
            int val = v.at(i++);
            switch (bit) {
                case 1 -> p.repeat = bounded(val, 3);
                case 2 -> {
                    if (val == 0) p.alphaMap = null;
                    else {
                        Picture a = picture(val);
                        if (!(a.drawable instanceof Pixmap)) throw XError.match();
                        p.alphaMap = a;
                    }
                }
                case 4 -> p.alphaX = (short) val;
                case 8 -> p.alphaY = (short) val;
                case 16 -> p.clipX = (short) val;
                case 32 -> p.clipY = (short) val;
                case 64 -> {
                    if (val == 0) setClip(c, p, null);
                    else {
                        Pixmap m = server.lookup(val, Pixmap.class, XError.PIXMAP);
                        if (m.depth() != 1) throw XError.match();
                        setClip(c, p, bitmapRegion(m));
                    }
                }
                case 128 -> p.graphicsExposures = bounded(val, 1) != 0;
                case 256 -> p.subwindowMode = bounded(val, 1);
                case 512 -> p.polyEdge = bounded(val, 1);
                case 1024 -> p.polyMode = bounded(val, 1);
                case 2048 -> { } // dither: an atom nobody looks at
                case 4096 -> p.componentAlpha = bounded(val, 1) != 0;
                default -> throw XError.value(mask);
            }
        }
    }

    private static int bounded(int v, int max) {
        if (v < 0 || v > max) throw XError.value(v);
        return v;
    }

    private static Region bitmapRegion(Pixmap p) {
        Region.Builder b = new Region.Builder(p.height() * 2);
        Pixels data = p.pixels;
        for (int y = 0; y < p.height(); y++) {
            int x = 0;
            while (x < p.width()) {
                while (x < p.width() && data.at(y * p.width() + x) == 0) x++;
                int s = x;
                while (x < p.width() && data.at(y * p.width() + x) != 0) x++;
                if (x > s) b.add(s, y, x, y + 1);
            }
            b.closeBand();
        }
        return b.build();
    }

    private void setClip(Client c, Picture p, Region r) {
        MemoryBudget.Charge charge = r == null ? null : c.memory.hold(org.sumac.x11.server.Graphics.regionCost(r));
        if (p.clipCharge != null) p.clipCharge.release();
        p.clipCharge = charge;
        p.clip = r;
    }

    /**
     * XFIXES' SetPictureClipRegion: the picture's client clip becomes {@code r} (none for null) at the given origin;
     * BadPicture for a picture with no drawable.
     */
    void setClipRegion(Client c, int pictureId, Region r, int x, int y) {
        Picture p = picture(pictureId);
        if (p.drawable == null) throw new XError(errorBase + PICTURE, pictureId);
        setClip(c, p, r);
        p.clipX = x;
        p.clipY = y;
    }

    /** BadPicture unless {@code id} names a picture (XFIXES looks pictures up first, as Xorg's VERIFY_PICTURE). */
    void checkPicture(int id) { picture(id); }

    /** XFIXES' CreateRegionFromPicture: the picture's client clip without its origin; BadMatch without one. */
    Region clipRegion(int pictureId) {
        Picture p = picture(pictureId);
        if (p.drawable == null) throw new XError(errorBase + PICTURE, pictureId);
        if (p.clip == null) throw XError.match();
        return p.clip;
    }

    @Override public void setPictureClipRectangles(Client c, SetPictureClipRectangles q) {
        Picture p = picture(q.picture());
        if (p.drawable == null) throw new XError(errorBase + PICTURE, q.picture());
        RectangleList l = q.rectangles();
        int n = l.size();
        int[] rects = new int[4 * n];
        for (int i = 0; i < n; i++) {
            rects[4 * i] = l.x(i); rects[4 * i + 1] = l.y(i); rects[4 * i + 2] = l.width(i); rects[4 * i + 3] = l.height(i);
        }
        setClip(c, p, Region.ofRects(rects, n));
        p.clipX = q.clipXOrigin();
        p.clipY = q.clipYOrigin();
    }

    @Override public void setPictureTransform(Client c, SetPictureTransform q) {
        Picture p = picture(q.picture());
        Transform t = q.transform();
        int[] m = {t.matrix11(), t.matrix12(), t.matrix13(), t.matrix21(), t.matrix22(), t.matrix23(),
            t.matrix31(), t.matrix32(), t.matrix33()};
        boolean identity = m[0] == m[4] && m[4] == m[8] && m[0] != 0 && m[1] == 0 && m[2] == 0 && m[3] == 0 && m[5] == 0
            && m[6] == 0 && m[7] == 0;
        p.transform = identity ? null : m;
    }

    @Override public void setPictureFilter(Client c, SetPictureFilter q) {
        Picture p = picture(q.picture());
        String name = q.filter().string();
        int id = -1;
        for (int i = 0; i < FILTERS.length; i++) if (FILTERS[i].equalsIgnoreCase(name)) id = i;
        if (id < 0) throw new XError(XError.NAME, 0);
        if (id >= 3) id = FILTER_ALIASES[id];
        int[] params = q.values().toArray();
        if (id == 2) {
            // convolutionFilterValidateParams: integer width and height, and at least that many coefficients
            if (params.length < 3 || (params[0] & 0xffff) != 0 || (params[1] & 0xffff) != 0) throw XError.match();
            long w = params[0] >> 16, h = params[1] >> 16;
            if (w * h > params.length - 2) throw XError.match();
        } else if (params.length != 0) {
            throw XError.match();
        }
        p.filter = id;
        p.filterParams = params;
    }

    @Override public void freePicture(Client c, FreePicture q) {
        picture(q.picture());
        server.removeResource(q.picture());
    }

    @Override public void createSolidFill(Client c, CreateSolidFill q) {
        server.checkNewId(c, q.picture());
        var col = q.color();
        server.addResource(c, new Picture(q.picture(), null, null, new Solid(col.red(), col.green(), col.blue(), col.alpha())));
    }

    private void createGradient(Client c, int pid, int kind, int[] geometry, int n, org.sumac.x11.protocol.Card32List stops,
                                ColorList colors) {
        server.checkNewId(c, pid);
        if (n < 1) throw XError.value(0);
        int[] s = new int[n];
        int[] col = new int[4 * n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            s[i] = stops.get(i);
            if (s[i] < last || s[i] > 0x10000) throw XError.value(0);
            last = s[i];
            col[4 * i] = colors.red(i); col[4 * i + 1] = colors.green(i); col[4 * i + 2] = colors.blue(i); col[4 * i + 3] = colors.alpha(i);
        }
        MemoryBudget.Charge charge = c.memory.hold(512 + 24L * n);
        server.addResource(c, new Picture(pid, null, null, new Gradient(kind, geometry, s, col)), charge);
    }

    @Override public void createLinearGradient(Client c, CreateLinearGradient q) {
        createGradient(c, q.picture(), 0, new int[] {q.p1().x(), q.p1().y(), q.p2().x(), q.p2().y()}, q.numStops(), q.stops(), q.colors());
    }

    @Override public void createRadialGradient(Client c, CreateRadialGradient q) {
        createGradient(c, q.picture(), 1, new int[] {q.inner().x(), q.inner().y(), q.outer().x(), q.outer().y(), q.innerRadius(),
            q.outerRadius()}, q.numStops(), q.stops(), q.colors());
    }

    @Override public void createConicalGradient(Client c, CreateConicalGradient q) {
        createGradient(c, q.picture(), 2, new int[] {q.center().x(), q.center().y(), q.angle()}, q.numStops(), q.stops(), q.colors());
    }

    // ---- pixman images -------------------------------------------------------------------------

    /**
     * The native images of one request: each drawable buffer is copied once into pixman's layout for its depth, so a
     * source and destination on the same buffer share memory as in Xorg; {@link #finish} copies back the destination's
     * written rectangle and reports it as damage. Before making images a request says which rectangle of each buffer
     * it reads or writes ({@link #needDestination}, {@link #needSource}): only the bounding box of those is copied,
     * the whole buffer for a picture it cannot bound (copying whole windows made each glyph string cost a screen).
     */
    private final class Images implements AutoCloseable {
        /** Native memory of the request (copies, gradients, traps), made on first use: most requests need none. */
        private Arena arena;
        final Map<Pixels, Copy> copies = new IdentityHashMap<>(4);
        /** Per buffer, the box (x1, y1, x2, y2, buffer coordinates) the request touches; WHOLE when unbounded. */
        final Map<Pixels, int[]> needs = new IdentityHashMap<>(4);
        /** Sources with a copy of their own: they read apart from what the request writes on the same buffer. */
        final Map<Picture, int[]> apart = new IdentityHashMap<>(2);
        /**
         * The destination's clip cut to what the request may write (buffer coordinates), when the request knows it:
         * pixman writes nowhere else, so it clips the same with fewer boxes than the whole composite clip.
         */
        Region destinationClip;
        /**
         * The caller keeps the destination's writes inside its clip itself (one rectangle, composited as such): its
         * image gets no clip region, which saves pixman making one per request.
         */
        boolean unclipped;
        Pixels destination;
        int[] destinationBox;
        final List<MemorySegment> images = new ArrayList<>();
        /** Pictures whose kept image this request uses: a picture used twice gets a new image the second time. */
        private Picture kept1, kept2;

        private void need(Pixels px, int[] box) {
            int[] had = needs.get(px);
            if (had == WHOLE) return;
            if (box == null) {
                needs.put(px, WHOLE);
                return;
            }
            int[] b = {Math.max(0, box[0]), Math.max(0, box[1]), Math.min(px.width, box[2]), Math.min(px.height, box[3])};
            if (b[0] >= b[2] || b[1] >= b[3]) {
                // reads only outside the buffer: still needs an image (transparent there), the smallest one
                b = new int[] {0, 0, Math.min(px.width, 1), Math.min(px.height, 1)};
            }
            if (had != null) b = new int[] {Math.min(had[0], b[0]), Math.min(had[1], b[1]), Math.max(had[2], b[2]), Math.max(had[3], b[3])};
            needs.put(px, b);
        }

        /** A destination written inside {@code box} (buffer coordinates, within its composite clip's extents). */
        void needDestination(Picture p, int[] box) {
            destination = p.drawable.pixels();
            destinationBox = box;
            need(p.drawable.pixels(), box);
            if (p.alphaMap != null) needWhole(p.alphaMap);
        }

        /**
         * A source or mask read where the destination's {@code box} lands, shifted by (dx, dy) into its buffer; null
         * or a picture sampled beyond that (transform, repeat, filter other than nearest) needs its whole buffer.
         */
        void needSource(Picture p, int[] box, int dx, int dy) {
            if (p == null || p.drawable == null) return;
            if (box == null || p.transform != null || p.repeat != 0 || p.filter != 0 || p.alphaMap != null) {
                needWhole(p);
                return;
            }
            need(p.drawable.pixels(), new int[] {box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy});
        }

        /**
         * As {@link #needSource}, for the only source of a request: when it reads the destination's buffer away from
         * the rectangle written, it gets a copy of its own (one window composited to another: two small copies, not
         * the box around both). Disjoint, the result is the same as from shared memory.
         */
        void needOnlySource(Picture p, int[] box, int dx, int dy) {
            if (p == null || p.drawable == null) return;
            Pixels px = p.drawable.pixels();
            if (px == destination && destinationBox != null && p.transform == null && p.repeat == 0 && p.filter == 0
                && p.alphaMap == null) {
                int[] b = {Math.max(0, box[0] + dx), Math.max(0, box[1] + dy), Math.min(px.width, box[2] + dx),
                    Math.min(px.height, box[3] + dy)};
                int[] d = destinationBox;
                boolean disjoint = b[2] <= d[0] || d[2] <= b[0] || b[3] <= d[1] || d[3] <= b[1];
                if (b[0] < b[2] && b[1] < b[3] && disjoint) {
                    apart.put(p, b);
                    return;
                }
            }
            needSource(p, box, dx, dy);
        }

        /** A picture read anywhere (through its transform, repeat or filter): its whole buffer. */
        void needWhole(Picture p) {
            if (p == null || p.drawable == null) return;
            need(p.drawable.pixels(), null);
            if (p.alphaMap != null) needWhole(p.alphaMap);
        }

        /**
         * The native pixels of a buffer: a 32-bit one as it is (pixman's layout already), else a copy of the
         * rectangle the request said it needs, or of the whole of it.
         */
        Copy bits(Pixels px) {
            Copy m = copies.get(px);
            if (m != null) return m;
            if (bpp(px.depth) == 32) {
                m = new Copy(px.memory, 0, 0, px.width, px.height, px.stride(), true);
                copies.put(px, m);
                return m;
            }
            int[] a = needs.get(px);
            m = a == null || a == WHOLE ? toNative(arena(), px, 0, 0, px.width, px.height) : toNative(arena(), px, a[0], a[1], a[2], a[3]);
            copies.put(px, m);
            return m;
        }

        /** image_from_pict: {@code off} receives the drawable's origin in the image (0 after a source transform). */
        MemorySegment image(Picture p, boolean hasClip, int[] off, boolean isAlphaMap) {
            MemorySegment img;
            off[0] = 0;
            off[1] = 0;
            if (p.drawable != null) {
                int[] own = hasClip || bpp(p.drawable.depth()) == 32 ? null : apart.get(p);
                Copy copy = own != null ? toNative(arena(), p.drawable.pixels(), own[0], own[1], own[2], own[3])
                    : bits(p.drawable.pixels());
                if (copy.direct() && (!hasClip || unclipped) && !isAlphaMap && p.plain() && keep(p)) {
                    img = kept(p, copy);
                } else {
                    img = Pixman.createBits(p.format.pixman(), copy.width(), copy.height(), copy.memory(), copy.stride());
                    if (img.equals(MemorySegment.NULL)) throw XError.alloc();
                    images.add(img);
                }
                off[0] = -copy.x();
                off[1] = -copy.y();
                // Only the destination is clipped: Xvfb ignores a source's or mask's client clip (the oracle shows it).
                if (hasClip && !unclipped) {
                    Region clip = (destinationClip != null ? destinationClip : compositeClip(p)).translate(off[0], off[1]);
                    if (p.clip != null) Pixman.setHasClientClip(img, true);
                    int n = clip.rectCount();
                    Pixman.setClip(scratch(32 + 16L * n), img, boxes(clip), n);
                }
                off[0] += p.drawable.originX();
                off[1] += p.drawable.originY();
            } else if (p.plain() && p.image != null && keep(p)) {
                img = p.image;
            } else {
                img = switch (p.source) {
                    case Solid s -> Pixman.solid(arena(), s.red(), s.green(), s.blue(), s.alpha());
                    case Gradient g -> switch (g.kind()) {
                        case 0 -> Pixman.linear(arena(), g.geometry()[0], g.geometry()[1], g.geometry()[2], g.geometry()[3], g.stops(), g.colors());
                        case 1 -> Pixman.radial(arena(), g.geometry()[0], g.geometry()[1], g.geometry()[2], g.geometry()[3],
                            g.geometry()[4], g.geometry()[5], g.stops(), g.colors());
                        default -> Pixman.conical(arena(), g.geometry()[0], g.geometry()[1], g.geometry()[2], g.stops(), g.colors());
                    };
                };
                if (img.equals(MemorySegment.NULL)) throw XError.alloc();
                // a solid fill or gradient never changes: a plain one keeps its image
                if (p.plain() && p.image == null && keep(p)) p.image = img;
                else images.add(img);
            }
            if (p.transform != null) {
                if (!hasClip) {
                    Pixman.setTransform(arena(), img, translated(p.transform, off[0], off[1]));
                    off[0] = 0;
                    off[1] = 0;
                } else {
                    Pixman.setTransform(arena(), img, p.transform);
                }
            }
            // a new image has no repeat, no component alpha and the nearest filter: only other values are set (each
            // setter is a native call, and a small Composite's whole cost is a few dozen of them)
            if (p.repeat != 0) Pixman.setRepeat(img, p.repeat);
            if (p.alphaMap != null && !isAlphaMap) {
                MemorySegment a = image(p.alphaMap, false, new int[2], true);
                Pixman.setAlphaMap(img, a, p.alphaX, p.alphaY);
            }
            if (p.componentAlpha) Pixman.setComponentAlpha(img, true);
            int filter = switch (p.filter) {
                case 1 -> Pixman.FILTER_BILINEAR;
                case 2 -> Pixman.FILTER_CONVOLUTION;
                default -> Pixman.FILTER_NEAREST;
            };
            if (filter != Pixman.FILTER_NEAREST || p.filterParams.length > 0) Pixman.setFilter(arena(), img, filter, p.filterParams);
            // No pixman_image_set_source_clipping: pixman clips a source only by a client clip it was given, and only
            // destinations get one here (Xvfb ignores a source's client clip), so the call never changed a pixel.
            return img;
        }

        /** Whether {@code p}'s kept image is free for this use (not used yet by this request); marks it used. */
        private boolean keep(Picture p) {
            if (kept1 == p || kept2 == p) return false;
            if (kept1 == null) kept1 = p;
            else if (kept2 == null) kept2 = p;
            else return false;
            return true;
        }

        /** {@code p}'s kept image over its drawable's pixels (made again when they moved). */
        private MemorySegment kept(Picture p, Copy copy) {
            return keptImage(p, copy.memory(), copy.width(), copy.height(), copy.stride());
        }

        /** Copies the destination's pixels inside {@code written} (buffer coordinates) back and reports them. */
        void finish(Picture dst, Region written) {
            // pixman also wrote the destination's alpha map (a pixmap, copied whole): all of it goes back
            if (dst.alphaMap != null && dst.alphaMap.drawable != null) {
                Pixels ap = dst.alphaMap.drawable.pixels();
                Copy a = copies.get(ap);
                if (a != null && !a.direct() && ap != dst.drawable.pixels()) fromNative(a, ap, a.x(), a.y(), a.x() + a.width(), a.y() + a.height());
            }
            Pixels px = dst.drawable.pixels();
            Copy m = copies.get(px);
            if (m == null || written.isEmpty()) return;
            int[] e = written.extents();
            int x1 = Math.max(m.x(), e[0]), y1 = Math.max(m.y(), e[1]);
            int x2 = Math.min(m.x() + m.width(), e[2]), y2 = Math.min(m.y() + m.height(), e[3]);
            if (x1 >= x2 || y1 >= y2) return;
            if (!m.direct()) fromNative(m, px, x1, y1, x2, y2);
            px.wrote(written);
        }

        Arena arena() {
            if (arena == null) arena = Arena.ofConfined();
            return arena;
        }

        @Override public void close() {
            for (MemorySegment img : images) Pixman.unref(img);
            if (arena != null) arena.close();
        }
    }

    /** {@code p}'s kept image over {@code memory} (made again when the pixels moved since). */
    private static MemorySegment keptImage(Picture p, MemorySegment memory, int width, int height, int stride) {
        if (p.image != null && p.imageMemory == memory.address() && p.imageWidth == width && p.imageHeight == height) {
            return p.image;
        }
        MemorySegment img = Pixman.createBits(p.format.pixman(), width, height, memory, stride);
        if (img.equals(MemorySegment.NULL)) throw XError.alloc();
        Pixman.unref(p.image);
        p.image = img;
        p.imageMemory = memory.address();
        p.imageWidth = width;
        p.imageHeight = height;
        return img;
    }

    /**
     * The kept image of a plain picture on 32-bit pixels (where they lie), or of a plain source picture once made;
     * null for any other, which goes through {@link Images}.
     */
    private static MemorySegment keptImage(Picture p) {
        if (p == null || !p.plain()) return null;
        if (p.drawable == null) return p.image;
        Pixels px = p.drawable.pixels();
        if (bpp(px.depth) != 32) return null;
        return keptImage(p, px.memory, px.width, px.height, px.stride());
    }

    /** The destination clip as Xorg's pCompositeClip: the drawable's visible part and the client clip, in buffer coordinates. */
    private Region compositeClip(Picture p) {
        Drawable d = p.drawable;
        Region clip;
        if (d instanceof Window w) {
            if (!w.viewable) clip = Region.EMPTY;
            else clip = w.clipInBuffer(p.subwindowMode == 1);
        } else {
            clip = Region.of(0, 0, d.width(), d.height());
        }
        if (p.clip != null) clip = clip.intersect(p.clip.translate(d.originX() + p.clipX, d.originY() + p.clipY));
        return clip;
    }

    private static int[] boxes(Region r) {
        int n = r.rectCount();
        int[] b = new int[4 * n];
        for (int i = 0; i < n; i++) {
            b[4 * i] = r.x1(i); b[4 * i + 1] = r.y1(i); b[4 * i + 2] = r.x2(i); b[4 * i + 3] = r.y2(i);
        }
        return b;
    }

    /** pixman_transform_translate(m, NULL, tx, ty): T(tx, ty) x m in 16.16, the matrix unchanged on overflow. */
    static int[] translated(int[] m, int tx, int ty) {
        long[][] t = {{0x10000, 0, (long) tx << 16}, {0, 0x10000, (long) ty << 16}, {0, 0, 0x10000}};
        int[] out = new int[9];
        for (int dy = 0; dy < 3; dy++) {
            for (int dx = 0; dx < 3; dx++) {
                long v = 0;
                for (int o = 0; o < 3; o++) v += t[dy][o] * m[o * 3 + dx];
                v = (v + 0x8000) >> 16;
                if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) return m;
                out[dy * 3 + dx] = (int) v;
            }
        }
        return out;
    }

    /** What {@link Images#need} records for a buffer copied whole. */
    private static final int[] WHOLE = new int[0];

    private static int bpp(int depth) {
        return depth >= 24 ? 32 : depth == 16 ? 16 : depth == 8 ? 8 : depth == 4 ? 4 : 1;
    }

    /**
     * Native pixels of the rectangle at (x, y) of a buffer, rows {@code stride} bytes apart in pixman's layout: the
     * buffer's own memory when {@code direct}, else a copy.
     */
    private record Copy(MemorySegment memory, int x, int y, int width, int height, int stride, boolean direct) { }

    private static Copy toNative(Arena arena, Pixels px, int x1, int y1, int x2, int y2) {
        int w = x2 - x1, h = y2 - y1, bpp = bpp(px.depth);
        int stride = (int) ((((long) w * bpp + 31) >> 5) << 2);
        MemorySegment m = arena.allocate((long) stride * Math.max(h, 1), 8);
        Pixels data = px;
        int pw = px.width;
        for (int y = 0; y < h; y++) {
            long row = (long) y * stride;
            int from = (y + y1) * pw + x1;
            switch (bpp) {
                case 32 -> MemorySegment.copy(px.memory, 4L * from, m, row, 4L * w);
                case 16 -> {
                    for (int x = 0; x < w; x++) m.set(java.lang.foreign.ValueLayout.JAVA_SHORT, row + 2L * x, (short) data.at(from + x));
                }
                case 8 -> {
                    for (int x = 0; x < w; x++) m.set(java.lang.foreign.ValueLayout.JAVA_BYTE, row + x, (byte) data.at(from + x));
                }
                case 4 -> {
                    for (int x = 0; x < w; x++) {
                        long at = row + (x >> 1);
                        int b = m.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at) | (data.at(from + x) & 15) << ((x & 1) * 4);
                        m.set(java.lang.foreign.ValueLayout.JAVA_BYTE, at, (byte) b);
                    }
                }
                default -> {
                    for (int x = 0; x < w; x++) {
                        if ((data.at(from + x) & 1) == 0) continue;
                        long at = row + (x >> 3);
                        m.set(java.lang.foreign.ValueLayout.JAVA_BYTE, at, (byte) (m.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at) | 1 << (x & 7)));
                    }
                }
            }
        }
        return new Copy(m, x1, y1, w, h, stride, false);
    }

    /** Copies [x1, x2) x [y1, y2) of the buffer (inside the copy) back from native memory. */
    private static void fromNative(Copy c, Pixels px, int x1, int y1, int x2, int y2) {
        MemorySegment m = c.memory();
        int stride = c.stride();
        int w = px.width;
        Pixels data = px;
        int mask = px.depthMask();
        for (int y = y1; y < y2; y++) {
            long row = (long) (y - c.y()) * stride;
            int cx1 = x1 - c.x(), cx2 = x2 - c.x(), to = y * w + c.x();
            switch (bpp(px.depth)) {
                case 32 -> MemorySegment.copy(m, row + 4L * cx1, px.memory, 4L * (to + cx1), 4L * (cx2 - cx1));
                case 16 -> {
                    for (int x = cx1; x < cx2; x++) data.put(to + x, m.get(java.lang.foreign.ValueLayout.JAVA_SHORT, row + 2L * x) & 0xffff & mask);
                }
                case 8 -> {
                    for (int x = cx1; x < cx2; x++) data.put(to + x, m.get(java.lang.foreign.ValueLayout.JAVA_BYTE, row + x) & 0xff);
                }
                case 4 -> {
                    for (int x = cx1; x < cx2; x++) data.put(to + x, (m.get(java.lang.foreign.ValueLayout.JAVA_BYTE, row + (x >> 1)) >> ((x & 1) * 4)) & 15);
                }
                default -> {
                    for (int x = cx1; x < cx2; x++) data.put(to + x, (m.get(java.lang.foreign.ValueLayout.JAVA_BYTE, row + (x >> 3)) >> (x & 7)) & 1);
                }
            }
        }
    }

    // ---- compositing ---------------------------------------------------------------------------

    @Override public void composite(Client c, Composite q) {
        checkOp(q.op());
        Picture dst = destination(q.dst());
        Picture src = picture(q.src());
        Picture mask = optionalPicture(q.mask());
        int w = q.width(), h = q.height();
        int dx = q.dstX() + dst.drawable.originX(), dy = q.dstY() + dst.drawable.originY();
        Region written = compositeClip(dst).intersectBox(dx, dy, dx + w, dy + h);
        if (written.isEmpty()) return;
        if (written.rectCount() == 1 && src != dst && mask != src && mask != dst) {
            // the common case (plain pictures, 32-bit pixels, one rectangle): the kept images, nothing made or copied
            MemorySegment s = keptImage(src), t = s == null ? null : keptImage(dst);
            MemorySegment m = mask == null || t == null ? null : keptImage(mask);
            if (t != null && (mask == null || m != null)) {
                int[] e = written.extents();
                int sx = e[0] - dx, sy = e[1] - dy;
                int sox = src.drawable == null ? 0 : src.drawable.originX(), soy = src.drawable == null ? 0 : src.drawable.originY();
                int mox = mask == null || mask.drawable == null ? 0 : mask.drawable.originX();
                int moy = mask == null || mask.drawable == null ? 0 : mask.drawable.originY();
                Pixman.composite(q.op(), s, m, t, q.srcX() + sox + sx, q.srcY() + soy + sy, q.maskX() + mox + sx,
                    q.maskY() + moy + sy, e[0], e[1], e[2] - e[0], e[3] - e[1]);
                dst.drawable.pixels().wrote(written);
                return;
            }
        }
        try (Images im = new Images()) {
            int[] e = written.extents();
            im.needDestination(dst, e);
            im.destinationClip = written;
            if (src.drawable != null && mask == null) {
                im.needOnlySource(src, e, q.srcX() + src.drawable.originX() - dx, q.srcY() + src.drawable.originY() - dy);
            } else if (src.drawable != null) {
                im.needSource(src, e, q.srcX() + src.drawable.originX() - dx, q.srcY() + src.drawable.originY() - dy);
            }
            if (mask != null && mask.drawable != null) {
                im.needSource(mask, e, q.maskX() + mask.drawable.originX() - dx, q.maskY() + mask.drawable.originY() - dy);
            }
            // One rectangle written (the usual case): composited as that rectangle, with no clip region, which is what
            // pixman does itself for each box of its clip; the source and mask move with the destination.
            boolean one = written.rectCount() == 1;
            im.unclipped = one;
            int[] so = new int[2], mo = new int[2], d = new int[2];
            MemorySegment s = im.image(src, false, so, false);
            MemorySegment m = mask == null ? null : im.image(mask, false, mo, false);
            MemorySegment t = im.image(dst, true, d, false);
            int sx = one ? e[0] - dx : 0, sy = one ? e[1] - dy : 0;
            Pixman.composite(q.op(), s, m, t, q.srcX() + so[0] + sx, q.srcY() + so[1] + sy, q.maskX() + mo[0] + sx,
                q.maskY() + mo[1] + sy, q.dstX() + d[0] + sx, q.dstY() + d[1] + sy, one ? e[2] - e[0] : w, one ? e[3] - e[1] : h);
            im.finish(dst, written);
        }
    }

    @Override public void fillRectangles(Client c, FillRectangles q) {
        int op = q.op();
        checkOp(op);
        Picture dst = destination(q.dst());
        RectangleList l = q.rects();
        var col = q.color();
        int r = col.red(), g = col.green(), b = col.blue(), a = col.alpha();
        // miCompositeRects: opaque Over is Src, Clear is Src of transparent black; Src fills as PolyFillRectangle.
        fill(dst, op, r, g, b, a, l);
    }

    private void fill(Picture dst, int op, int r, int g, int b, int a, RectangleList l) {
        if (a == 0xffff && op == 3) op = 1; // Over (3) of an opaque color is Src (1)
        if (op == 0) {
            r = g = b = a = 0;
            op = 1;
        }
        Drawable d = dst.drawable;
        int ox = d.originX(), oy = d.originY();
        int n = l.size();
        if (op == 1) {
            Format f = dst.format;
            int pixel = channel(r, f.redMask()) << f.red() | channel(g, f.greenMask()) << f.green()
                | channel(b, f.blueMask()) << f.blue() | channel(a, f.alphaMask()) << f.alpha();
            int[] rects = new int[4 * n];
            for (int i = 0; i < n; i++) {
                rects[4 * i] = l.x(i) + ox; rects[4 * i + 1] = l.y(i) + oy; rects[4 * i + 2] = l.width(i); rects[4 * i + 3] = l.height(i);
            }
            Region region = Region.ofRects(rects, n).intersect(compositeClip(dst));
            Pixels px = d.pixels();
            for (int i = 0; i < region.rectCount(); i++) {
                int x1 = Math.max(0, region.x1(i)), x2 = Math.min(px.width, region.x2(i));
                for (int y = Math.max(0, region.y1(i)); y < Math.min(px.height, region.y2(i)); y++) {
                    px.fill(y * px.width + x1, Math.max(x1, x2) - x1, pixel);
                }
            }
            px.filled(region, pixel);
            return;
        }
        // Any other operator composites a solid fill of the color (16 bits a channel, which the 10-bit formats show).
        int[] rects = new int[4 * n];
        for (int i = 0; i < n; i++) {
            rects[4 * i] = l.x(i) + ox; rects[4 * i + 1] = l.y(i) + oy; rects[4 * i + 2] = l.width(i); rects[4 * i + 3] = l.height(i);
        }
        Region written = Region.ofRects(rects, n).intersect(compositeClip(dst));
        if (written.isEmpty()) return;
        try (Images im = new Images()) {
            im.needDestination(dst, written.extents());
            MemorySegment s = Pixman.solid(im.arena(), r, g, b, a);
            im.images.add(s);
            int[] off = new int[2];
            MemorySegment t = im.image(dst, true, off, false);
            for (int i = 0; i < n; i++) {
                Pixman.composite(op, s, null, t, 0, 0, 0, 0, l.x(i) + off[0], l.y(i) + off[1], l.width(i), l.height(i));
            }
            im.finish(dst, written);
        }
    }

    /** The top bits of a 16-bit channel that fit the mask (miRenderColorToPixel). */
    private static int channel(int v, int mask) {
        int bits = Integer.bitCount(mask);
        return bits == 0 ? 0 : (v & 0xffff) >>> (16 - bits);
    }

    private Format maskFormat(int id) {
        return id == 0 ? null : format(id);
    }

    private static int shapeMask(Picture dst, Format f) {
        if (f == null) return dst.polyEdge == 0 ? Pixman.A1 : Pixman.A8;
        return switch (Integer.bitCount(f.alphaMask())) {
            case 1 -> Pixman.A1;
            case 4 -> Pixman.A4;
            default -> Pixman.A8;
        };
    }

    /** fbShapes: trapezoids (10 ints each) or triangles (6 ints each), the whole composite clip reported written. */
    private void shapes(int op, int srcId, int dstId, int maskFormat, int xSrc, int ySrc, int[] shapes, int n, boolean traps) {
        checkOp(op);
        Picture src = picture(srcId);
        Picture dst = destination(dstId);
        Format f = maskFormat(maskFormat);
        if (n == 0) return;
        // fbTrapezoids / fbTriangles: the source is aligned on the first shape's first point, in 16 bits
        xSrc = (short) (xSrc - (shapes[traps ? 2 : 0] >> 16));
        ySrc = (short) (ySrc - (shapes[traps ? 3 : 1] >> 16));
        int ox = dst.drawable.originX(), oy = dst.drawable.originY();
        int[] box = !boundedByShapes(op) ? null : traps ? trapezoidBounds(shapes, n) : triangleBounds(shapes, n);
        Region written = compositeClip(dst);
        if (box != null) written = written.intersectBox(box[0] + ox, box[1] + oy, box[2] + ox, box[3] + oy);
        if (written.isEmpty()) return;
        try (Images im = new Images()) {
            int[] e = written.extents();
            im.needDestination(dst, e);
            // pixman reads the source at xSrc + (destination - the destination's origin), as for Composite
            if (src.drawable != null) im.needSource(src, e, xSrc + src.drawable.originX() - ox, ySrc + src.drawable.originY() - oy);
            int[] so = new int[2], d = new int[2];
            MemorySegment s = im.image(src, false, so, false);
            MemorySegment t = im.image(dst, true, d, false);
            int mf = shapeMask(dst, f);
            int size = traps ? 10 : 6;
            if (f == null) {
                int[] one = new int[size];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(shapes, i * size, one, 0, size);
                    if (traps) Pixman.compositeTrapezoids(im.arena(), op, s, t, mf, xSrc + so[0], ySrc + so[1], d[0], d[1], one, 1);
                    else Pixman.compositeTriangles(im.arena(), op, s, t, mf, xSrc + so[0], ySrc + so[1], d[0], d[1], one, 1);
                }
            } else if (traps) {
                Pixman.compositeTrapezoids(im.arena(), op, s, t, mf, xSrc + so[0], ySrc + so[1], d[0], d[1], shapes, n);
            } else {
                Pixman.compositeTriangles(im.arena(), op, s, t, mf, xSrc + so[0], ySrc + so[1], d[0], d[1], shapes, n);
            }
            im.finish(dst, written);
        }
    }

    /**
     * Pixels a 16.16 coordinate range can touch, with a pixel of margin; null beyond 2^14 pixels, where pixman's
     * fixed-point sums with the destination offset may wrap (then the caller copies everything it could write).
     */
    private static int[] pixelBounds(double x1, double y1, double x2, double y2) {
        if (!(x1 <= x2 && y1 <= y2)) return new int[] {0, 0, 0, 0};
        double lim = 1 << 14;
        int[] b = {(int) Math.floor(x1 / 65536.0) - 1, (int) Math.floor(y1 / 65536.0) - 1, (int) Math.ceil(x2 / 65536.0) + 2,
            (int) Math.ceil(y2 / 65536.0) + 2};
        for (int v : b) if (Math.abs(v) > lim) return null;
        return b;
    }

    /**
     * Operators for which a transparent source changes nothing (pixman-trap.c's zero_src_has_no_effect): only for
     * these does pixman composite trapezoids over their extents; any other covers the whole destination.
     */
    private static boolean boundedByShapes(int op) {
        return op == 2 || op == 3 || op == 4 || op == 8 || op == 9 || op == 11 || op == 12;
    }

    /**
     * The destination pixels trapezoids (10 ints each) can touch, relative to the picture's origin: between top and
     * bottom, and between the four edge ends and where the edges cross top and bottom. Null when not bounded (a
     * horizontal edge): then the whole composite clip is copied.
     */
    private static int[] trapezoidBounds(int[] t, int n) {
        double x1 = Double.MAX_VALUE, y1 = Double.MAX_VALUE, x2 = -Double.MAX_VALUE, y2 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int o = 10 * i;
            double top = t[o], bottom = t[o + 1];
            if (bottom <= top) continue; // pixman draws nothing of it
            y1 = Math.min(y1, top);
            y2 = Math.max(y2, bottom);
            for (int e = 0; e < 2; e++) {
                double px1 = t[o + 2 + 4 * e], py1 = t[o + 3 + 4 * e], px2 = t[o + 4 + 4 * e], py2 = t[o + 5 + 4 * e];
                if (py1 == py2) return null;
                double slope = (px2 - px1) / (py2 - py1);
                for (double v : new double[] {px1, px2, px1 + (top - py1) * slope, px1 + (bottom - py1) * slope}) {
                    x1 = Math.min(x1, v);
                    x2 = Math.max(x2, v);
                }
            }
        }
        return pixelBounds(x1, y1, x2, y2);
    }

    /** The destination pixels triangles (6 ints each) can touch: their points' box, relative to the picture's origin. */
    private static int[] triangleBounds(int[] t, int n) {
        return pointBounds(t, 3 * n);
    }

    /** The pixels around {@code n} 16.16 points (x, y each). */
    private static int[] pointBounds(int[] t, int n) {
        double x1 = Double.MAX_VALUE, y1 = Double.MAX_VALUE, x2 = -Double.MAX_VALUE, y2 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            x1 = Math.min(x1, t[2 * i]);
            x2 = Math.max(x2, t[2 * i]);
            y1 = Math.min(y1, t[2 * i + 1]);
            y2 = Math.max(y2, t[2 * i + 1]);
        }
        return pixelBounds(x1, y1, x2, y2);
    }

    @Override public void trapezoids(Client c, Trapezoids q) {
        TrapezoidList l = q.traps();
        int n = l.size();
        int[] t = new int[10 * n];
        for (int i = 0; i < n; i++) {
            Trapezoid z = l.get(i);
            int[] v = {z.top(), z.bottom(), z.left().p1().x(), z.left().p1().y(), z.left().p2().x(), z.left().p2().y(),
                z.right().p1().x(), z.right().p1().y(), z.right().p2().x(), z.right().p2().y()};
            System.arraycopy(v, 0, t, 10 * i, 10);
        }
        // fbTrapezoids aligns on the left edge's first point: ints 2 and 3 of the first trapezoid
        shapes(q.op(), q.src(), q.dst(), q.maskFormat(), q.srcX(), q.srcY(), t, n, true);
    }

    @Override public void triangles(Client c, Triangles q) {
        TriangleList l = q.triangles();
        int n = l.size();
        int[] t = new int[6 * n];
        for (int i = 0; i < n; i++) {
            Triangle z = l.get(i);
            int[] v = {z.p1().x(), z.p1().y(), z.p2().x(), z.p2().y(), z.p3().x(), z.p3().y()};
            System.arraycopy(v, 0, t, 6 * i, 6);
        }
        shapes(q.op(), q.src(), q.dst(), q.maskFormat(), q.srcX(), q.srcY(), t, n, false);
    }

    @Override public void triStrip(Client c, TriStrip q) {
        strip(q.op(), q.src(), q.dst(), q.maskFormat(), q.srcX(), q.srcY(), q.points(), false);
    }

    @Override public void triFan(Client c, TriFan q) {
        strip(q.op(), q.src(), q.dst(), q.maskFormat(), q.srcX(), q.srcY(), q.points(), true);
    }

    /** CompositeTriStrip / CompositeTriFan: consecutive points (or the first and each pair) as triangles. */
    private void strip(int op, int src, int dst, int maskFormat, int xSrc, int ySrc, PointfixList p, boolean fan) {
        int np = p.size();
        if (np < 3) {
            checkOp(op);
            picture(src);
            destination(dst);
            maskFormat(maskFormat);
            return;
        }
        int n = np - 2;
        int[] t = new int[6 * n];
        for (int i = 0; i < n; i++) {
            int a = fan ? 0 : i, b = i + 1, cc = i + 2;
            t[6 * i] = p.x(a); t[6 * i + 1] = p.y(a); t[6 * i + 2] = p.x(b); t[6 * i + 3] = p.y(b);
            t[6 * i + 4] = p.x(cc); t[6 * i + 5] = p.y(cc);
        }
        shapes(op, src, dst, maskFormat, xSrc, ySrc, t, n, false);
    }

    @Override public void addTraps(Client c, AddTraps q) {
        Picture p = picture(q.picture());
        if (p.drawable == null) throw new XError(XError.DRAWABLE, 0);
        TrapList l = q.traps();
        int n = l.size();
        if (n == 0) return;
        int[] t = new int[6 * n];
        for (int i = 0; i < n; i++) {
            Trap z = l.get(i);
            int[] v = {z.top().l(), z.top().r(), z.top().y(), z.bot().l(), z.bot().r(), z.bot().y()};
            System.arraycopy(v, 0, t, 6 * i, 6);
        }
        // fbAddTraps writes where the traps are, clipped by nothing but the image: their box, at the (16-bit) offset
        int[] pts = new int[8 * n];
        for (int i = 0; i < n; i++) {
            int o = 6 * i;
            int[] v = {t[o], t[o + 2], t[o + 1], t[o + 2], t[o + 3], t[o + 5], t[o + 4], t[o + 5]};
            System.arraycopy(v, 0, pts, 8 * i, 8);
        }
        int[] box = pointBounds(pts, 4 * n);
        Drawable dr = p.drawable;
        int bx = q.xOff() + dr.originX(), by = q.yOff() + dr.originY();
        Region written = Region.of(0, 0, dr.pixels().width, dr.pixels().height);
        if (box != null && Math.abs(bx) < 1 << 14 && Math.abs(by) < 1 << 14) {
            written = written.intersectBox(box[0] + bx, box[1] + by, box[2] + bx, box[3] + by);
        }
        if (written.isEmpty()) return;
        try (Images im = new Images()) {
            im.needDestination(p, written.extents());
            int[] d = new int[2];
            MemorySegment img = im.image(p, false, d, false);
            Pixman.addTraps(im.arena(), img, (short) (q.xOff() + d[0]), (short) (q.yOff() + d[1]), t, n);
            im.finish(p, written);
        }
    }

    // ---- cursors -------------------------------------------------------------------------------

    /**
     * CreateCursor: the picture's pixels as a8r8g8b8 (composited Src as Xorg reads them), shown as a two-colour
     * cursor since the cursor path to the SPICE client is two-colour: opaque where alpha is at least half, dark
     * pixels black and light ones white.
     */
    @Override public void createCursor(Client c, CreateCursor q) {
        server.checkNewId(c, q.cid());
        Picture p = picture(q.source());
        if (p.drawable == null) throw new XError(XError.DRAWABLE, 0);
        int w = p.drawable.width(), h = p.drawable.height();
        if (q.x() > w || q.y() > h) throw XError.match();
        MemoryBudget.Charge charge = c.memory.hold(2L * w * h + 512);
        boolean[] source = new boolean[w * h], mask = new boolean[w * h];
        try (Images im = new Images()) {
            MemorySegment bits = im.arena().allocate(4L * w * h, 4);
            MemorySegment dst = Pixman.createBits(format(A8R8G8B8).pixman(), w, h, bits, 4 * w);
            im.images.add(dst);
            int[] off = new int[2];
            MemorySegment src = im.image(p, false, off, false);
            Pixman.composite(1, src, null, dst, off[0], off[1], 0, 0, 0, 0, w, h);
            for (int i = 0; i < w * h; i++) {
                int argb = bits.getAtIndex(java.lang.foreign.ValueLayout.JAVA_INT, i);
                int a = argb >>> 24;
                mask[i] = a >= 0x80;
                int lum = ((argb >> 16 & 0xff) * 3 + (argb >> 8 & 0xff) * 6 + (argb & 0xff)) / 10;
                source[i] = a != 0 && lum * 2 < a; // premultiplied: darker than half the alpha is dark
            }
        } catch (RuntimeException e) {
            charge.release();
            throw e;
        }
        server.addResource(c, server.dispatcher.cursors.twoColor(q.cid(), w, h, q.x(), q.y(), source, mask, 0x000000, 0xffffff), charge);
    }

    /** CreateAnimCursor: every frame must be a cursor; the first one is shown (the cursor path has no animation). */
    @Override public void createAnimCursor(Client c, CreateAnimCursor q) {
        server.checkNewId(c, q.cid());
        var frames = q.cursors();
        if (frames.size() == 0) throw XError.value(0);
        Cursors.Cursor first = null;
        for (int i = 0; i < frames.size(); i++) {
            Cursors.Cursor cur = server.lookup(frames.cursor(i), Cursors.Cursor.class, XError.CURSOR);
            if (first == null) first = cur;
        }
        server.addResource(c, server.dispatcher.cursors.copy(first, q.cid()), c.memory.hold(first.memoryCost()));
    }

    // ---- glyphs --------------------------------------------------------------------------------

    @Override public void createGlyphSet(Client c, CreateGlyphSet q) {
        server.checkNewId(c, q.gsid());
        Format f = format(q.format());
        if (f.depth() != 1 && f.depth() != 4 && f.depth() != 8 && f.depth() != 16 && f.depth() != 32) throw XError.match();
        server.addResource(c, new GlyphSet(q.gsid(), new Glyphs(f)));
    }

    @Override public void referenceGlyphSet(Client c, ReferenceGlyphSet q) {
        server.checkNewId(c, q.gsid());
        GlyphSet g = glyphSet(q.existing());
        g.glyphs.references++;
        server.addResource(c, new GlyphSet(q.gsid(), g.glyphs));
    }

    @Override public void freeGlyphSet(Client c, FreeGlyphSet q) {
        glyphSet(q.glyphset());
        server.removeResource(q.glyphset());
    }

    @Override public void addGlyphs(Client c, AddGlyphs q) {
        GlyphSet set = glyphSet(q.glyphset());
        long n = Integer.toUnsignedLong(q.glyphsLen());
        ByteList data = q.data();
        // ProcRenderAddGlyphs: the ids and infos must lie inside the request, and the images use it all up
        if (n > (data.offset() + data.size()) / 16) throw XError.length();
        int count = (int) n;
        int bpp = bpp(set.glyphs.format.depth());
        List<Glyph> added = new ArrayList<>(count);
        int[] ids = new int[count];
        int at = 0, remain = data.size();
        try {
            for (int i = 0; i < count; i++) {
                Glyphinfo gi = q.glyphs().get(i);
                int stride = (int) ((((long) gi.width() * bpp + 31) >> 5) << 2);
                long size = (long) stride * gi.height();
                if (size > remain) throw XError.length();
                MemoryBudget.Charge charge = c.memory.hold(size + 64);
                byte[] bits = new byte[(int) size];
                for (int k = 0; k < size; k++) bits[k] = (byte) data.get(at + k);
                added.add(new Glyph(gi.width(), gi.height(), gi.x(), gi.y(), gi.xOff(), gi.yOff(), stride, bits, charge, ++glyphKeys));
                ids[i] = q.glyphids().get(i);
                long padded = (size + 3) & ~3L;
                remain -= (int) Math.min(padded, remain);
                at += (int) padded;
            }
            if (remain != 0) throw XError.length();
        } catch (RuntimeException e) {
            for (Glyph g : added) g.charge().release();
            throw e;
        }
        for (int i = 0; i < count; i++) {
            Glyph old = set.glyphs.byId.put(ids[i], added.get(i));
            if (old != null) release(old);
        }
    }

    @Override public void freeGlyphs(Client c, FreeGlyphs q) {
        GlyphSet set = glyphSet(q.glyphset());
        for (int i = 0; i < q.glyphs().size(); i++) {
            int id = q.glyphs().get(i);
            Glyph g = set.glyphs.byId.remove(id);
            if (g == null) throw new XError(errorBase + GLYPH, id);
            release(g);
        }
    }

    @Override public void compositeGlyphs8(Client c, CompositeGlyphs8 q) {
        glyphs(c, q.op(), q.src(), q.dst(), q.maskFormat(), q.glyphset(), q.srcX(), q.srcY(), q.glyphcmds(), 1);
    }

    @Override public void compositeGlyphs16(Client c, CompositeGlyphs16 q) {
        glyphs(c, q.op(), q.src(), q.dst(), q.maskFormat(), q.glyphset(), q.srcX(), q.srcY(), q.glyphcmds(), 2);
    }

    @Override public void compositeGlyphs32(Client c, CompositeGlyphs32 q) {
        glyphs(c, q.op(), q.src(), q.dst(), q.maskFormat(), q.glyphset(), q.srcX(), q.srcY(), q.glyphcmds(), 4);
    }

    /** An unsigned item of {@code size} bytes at {@code at} of the array (the caller keeps it inside the list). */
    private static int read(byte[] b, int at, int size, boolean msb) {
        return switch (size) {
            case 1 -> b[at] & 0xff;
            case 2 -> msb ? (b[at] & 0xff) << 8 | b[at + 1] & 0xff : (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
            default -> msb ? (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff
                : (b[at + 3] & 0xff) << 24 | (b[at + 2] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
        };
    }

    /** ProcRenderCompositeGlyphs then fbGlyphs. */
    private void glyphs(Client c, int op, int srcId, int dstId, int maskFormat, int gsid, int xSrc, int ySrc, ByteList cmds, int size) {
        checkOp(op);
        Picture src = picture(srcId);
        Picture dst = destination(dstId);
        Format mf = maskFormat(maskFormat);
        GlyphSet set = glyphSet(gsid);
        boolean msb = c.msbFirst();
        int end = cmds.size();
        // the list read straight from the request's bytes (a call and a bounds check a byte cost as much as the drawing)
        byte[] bytes = cmds.array();
        int base = cmds.arrayOffset();
        // the glyphs drawn, with their format and their origin and position (4 ints each), in flat arrays: a string of
        // text is one request, and a list of small arrays per glyph cost more than pixman's drawing of it
        Glyph[] glyphs = new Glyph[Math.max(8, end / Math.max(size, 1))];
        int[] formats = new int[glyphs.length];
        int[] info = new int[4 * glyphs.length];
        int n = 0;
        int at = 0, x = 0, y = 0, firstX = 0, firstY = 0;
        boolean first = true;
        while (at + 8 < end) {
            int len = bytes[base + at] & 0xff;
            int dx = (short) read(bytes, base + at + 4, 2, msb), dy = (short) read(bytes, base + at + 6, 2, msb);
            at += 8;
            if (len == 0xff) {
                if (at + 4 < end) set = glyphSet(read(bytes, base + at, 4, msb));
                at += 4;
                continue;
            }
            if (first) {
                firstX = dx;
                firstY = dy;
                first = false;
            }
            x += dx;
            y += dy;
            for (int i = 0; i < len; i++) {
                if (at + size <= end) {
                    Glyph g = set.glyphs.byId.get(read(bytes, base + at, size, msb));
                    if (g != null) {
                        if (g.width() > 0 && g.height() > 0) {
                            glyphs[n] = g;
                            formats[n] = set.glyphs.format.pixman();
                            info[4 * n] = g.x(); info[4 * n + 1] = g.y(); info[4 * n + 2] = x; info[4 * n + 3] = y;
                            n++;
                        }
                        x += g.xOff();
                        y += g.yOff();
                    }
                }
                at += size;
            }
            int space = size * len;
            if ((space & 3) != 0) at += 4 - (space & 3);
        }
        if (at > end) throw XError.length();
        if (n == 0) return;
        // pixman writes only the glyphs' boxes (their extents, with a mask format)
        long bx1 = Long.MAX_VALUE, by1 = Long.MAX_VALUE, bx2 = Long.MIN_VALUE, by2 = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs[i];
            long gx = (long) info[4 * i + 2] - info[4 * i], gy = (long) info[4 * i + 3] - info[4 * i + 1];
            bx1 = Math.min(bx1, gx);
            by1 = Math.min(by1, gy);
            bx2 = Math.max(bx2, gx + g.width());
            by2 = Math.max(by2, gy + g.height());
        }
        int ox = dst.drawable.originX(), oy = dst.drawable.originY();
        Region written = compositeClip(dst);
        if (Math.max(-bx1, bx2) < 1 << 20 && Math.max(-by1, by2) < 1 << 20) {
            written = written.intersectBox((int) bx1 + ox, (int) by1 + oy, (int) bx2 + ox, (int) by2 + oy);
        }
        if (written.isEmpty()) return;
        try (Images im = new Images()) {
            int[] e = written.extents();
            im.needDestination(dst, e);
            im.destinationClip = written;
            if (src.drawable != null) im.needSource(src, e, xSrc - firstX + src.drawable.originX() - ox, ySrc - firstY + src.drawable.originY() - oy);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = glyphs[i].key();
            // a glyph the cache lacks: an image over a native copy of its rows, which the cache copies in turn
            IntFunction<MemorySegment> image = i -> {
                Glyph g = glyphs[i];
                MemorySegment bits = im.arena().allocate(Math.max(g.data().length, 4), 8);
                MemorySegment.copy(g.data(), 0, bits, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, g.data().length);
                MemorySegment img = Pixman.createBits(formats[i], g.width(), g.height(), bits, g.stride());
                if (img.equals(MemorySegment.NULL)) throw XError.alloc();
                im.images.add(img);
                return img;
            };
            // pixman draws only inside the glyphs' boxes: when the clip holds all of them, the destination needs none
            im.unclipped = written.rectCount() == 1 && e[0] == bx1 + ox && e[1] == by1 + oy && e[2] == bx2 + ox && e[3] == by2 + oy;
            int[] so = new int[2], d = new int[2];
            MemorySegment s = im.image(src, false, so, false);
            MemorySegment t = im.image(dst, true, d, false);
            int maskCode = mf == null ? 0 : mf.pixman() | mf.depth() << 24; // fbGlyphs: format | depth << 24
            if (Pixman.compositeGlyphs(scratch(16L * n + 16), glyphCache(), op, s, t, maskCode, xSrc + so[0], ySrc + so[1], d[0], d[1], firstX,
                firstY, keys, image, info, n)) {
                im.finish(dst, written);
            }
        }
    }
}
