package org.sumac.x11.server;

import java.util.List;
import java.util.Map;
import org.sumac.x11.font.CharInfo;
import org.sumac.x11.font.CoreFont;
import org.sumac.x11.font.FontCatalog;
import org.sumac.x11.font.FontProperty;
import org.sumac.x11.font.TextExtents;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.Char2bList;
import org.sumac.x11.protocol.xproto.Charinfo;
import org.sumac.x11.protocol.xproto.CloseFont;
import org.sumac.x11.protocol.xproto.Fontprop;
import org.sumac.x11.protocol.xproto.GetFontPath;
import org.sumac.x11.protocol.xproto.ListFonts;
import org.sumac.x11.protocol.xproto.ListFontsWithInfo;
import org.sumac.x11.protocol.xproto.OpenFont;
import org.sumac.x11.protocol.xproto.QueryFont;
import org.sumac.x11.protocol.xproto.QueryTextExtents;
import org.sumac.x11.protocol.xproto.SetFontPath;
import org.sumac.x11.protocol.xproto.Str;
import org.sumac.x11.render.DrawTarget;
import org.sumac.x11.render.GraphicsContext;
import org.sumac.x11.render.Painter;
import org.sumac.x11.render.Pixels;

/** Core fonts: opening, queries, listing, the font path, and drawing text with a GC's font. */
public final class FontRequests {
    private final XServer server;
    private final FontCatalog initialCatalog;
    private FontCatalog catalog;

    /** An open font resource. */
    public record Font(int id, CoreFont font) implements Resource { }

    FontRequests(XServer server) {
        this.server = server;
        List<String> path = server.config.fontPath();
        int w = server.config.width(), h = server.config.height();
        this.initialCatalog = (path == null || path.isEmpty() ? FontCatalog.xvfbDefault() : FontCatalog.lenient(path))
            .withScreenSize(w, h, (int) Math.round(w * 25.4 / 100), (int) Math.round(h * 25.4 / 100));
        this.catalog = initialCatalog;
    }

    public FontCatalog catalog() { return catalog; }

    /** A server reset restores the font path the server started with. */
    void resetFontPath() { catalog = initialCatalog; }

    /** The font of a font id or of a GC id (QueryFont and QueryTextExtents accept both). */
    CoreFont fontOrGc(int id) {
        Resource r = server.resource(id);
        if (r instanceof Font f) return f.font();
        if (r instanceof Graphics.Gc g && g.state.font instanceof CoreFont cf) return cf;
        throw new XError(XError.FONT, id);
    }

    CoreFont font(int id) {
        if (server.resource(id) instanceof Font f) return f.font();
        throw new XError(XError.FONT, id);
    }

    private CoreFont defaultFont;

    /** The font every new GC starts with: "fixed", as in Xorg; null when no font path has it. */
    public CoreFont defaultFont() {
        if (defaultFont == null) defaultFont = open("fixed");
        return defaultFont;
    }

    /** Opens a font by name for internal use (the cursor font); null when it does not exist. */
    public CoreFont open(String name) { return catalog.open(name).orElse(null); }

    /**
     * Reads a font into the catalog and builds the metrics QueryFont answers with, before a client asks: for the
     * fonts a display's first xterm opens, whose first QueryFont (5,000 glyphs each) took 37 ms against 14 later.
     */
    public void preload(String name) {
        catalog.open(name).ifPresent(this::charInfos);
    }

    void openFont(Client c, OpenFont q) {
        int fid = q.fid();
        String name = q.name().string();
        server.checkNewId(c, fid);
        CoreFont f = catalog.open(name).orElseThrow(() -> new XError(XError.NAME, 0));
        server.addResource(c, new Font(fid, f));
    }

    void closeFont(Client c, CloseFont q) {
        int id = q.font();
        font(id);
        server.removeResource(id);
    }

    private static Charinfo charInfo(CharInfo ci) {
        return new Charinfo(ci.leftBearing(), ci.rightBearing(), ci.width(), ci.ascent(), ci.descent(), ci.attributes());
    }

    /** A font's per-character metrics as the reply carries them, built once per font (QueryFont may be asked often). */
    private final Map<CoreFont, List<Charinfo>> wireCharInfos = new java.util.WeakHashMap<>();

    private List<Charinfo> charInfos(CoreFont f) {
        return wireCharInfos.computeIfAbsent(f, k -> k.charInfos().stream().map(FontRequests::charInfo).toList());
    }

    /** The font's properties with names (and string values) as atoms, interned on first use as Xorg does. */
    private List<Fontprop> properties(CoreFont f) {
        List<FontProperty> props = f.properties();
        List<Fontprop> out = new java.util.ArrayList<>(props.size());
        for (FontProperty p : props) {
            out.add(new Fontprop(server.atoms.intern(p.name()),
                p.isString() ? server.atoms.intern(p.stringValue()) : p.value()));
        }
        return out;
    }

    void queryFont(Client c, QueryFont q) {
        CoreFont f = fontOrGc(q.font());
        c.sendReply(new QueryFont.Reply(charInfo(f.minBounds()), charInfo(f.maxBounds()), f.minCharOrByte2(),
            f.maxCharOrByte2(), f.defaultChar(), f.drawDirection(), f.minByte1(), f.maxByte1(), f.allCharsExist(),
            f.fontAscent(), f.fontDescent(), properties(f), charInfos(f)));
    }

    void queryTextExtents(Client c, QueryTextExtents q) {
        boolean oddLength = q.oddLength() != 0;
        CoreFont f = fontOrGc(q.font());
        Char2bList string = q.string();
        int n = string.size();
        if (oddLength) {
            if (n == 0) throw XError.length();
            n--;
        }
        int[] chars = new int[n];
        for (int i = 0; i < n; i++) chars[i] = (string.byte1(i) << 8) | string.byte2(i);
        TextExtents e = f.queryTextExtents(chars, n);
        c.sendReply(new QueryTextExtents.Reply(e.drawDirection(), e.fontAscent(), e.fontDescent(), e.overallAscent(),
            e.overallDescent(), e.overallWidth(), e.overallLeft(), e.overallRight()));
    }

    private static List<Str> strs(List<String> names) {
        List<Str> out = new java.util.ArrayList<>(names.size());
        for (String s : names) out.add(new Str(s));
        return out;
    }

    void listFonts(Client c, ListFonts q) {
        List<String> names = catalog.listFonts(q.pattern().string(), q.maxNames());
        c.sendReply(new ListFonts.Reply(strs(names)));
    }

    void listFontsWithInfo(Client c, ListFontsWithInfo q) {
        List<FontCatalog.NamedFont> fonts = catalog.listFontsWithInfo(q.pattern().string(), q.maxNames());
        int left = fonts.size();
        for (FontCatalog.NamedFont nf : fonts) {
            CoreFont f = nf.font();
            left--;
            c.sendReply(new ListFontsWithInfo.Reply(charInfo(f.minBounds()), charInfo(f.maxBounds()), f.minCharOrByte2(),
                f.maxCharOrByte2(), f.defaultChar(), f.drawDirection(), f.minByte1(), f.maxByte1(), f.allCharsExist(),
                f.fontAscent(), f.fontDescent(), left, properties(f), nf.name()));
        }
        // The last reply has an empty name: it ends the series.
        Charinfo none = new Charinfo(0, 0, 0, 0, 0, 0);
        c.sendReply(new ListFontsWithInfo.Reply(none, none, 0, 0, 0, 0, 0, 0, false, 0, 0, 0, List.of(), ""));
    }

    void setFontPath(Client c, SetFontPath q) {
        List<String> path = new java.util.ArrayList<>(q.font().size());
        for (Str s : q.font()) path.add(s.name());
        if (path.isEmpty()) catalog = initialCatalog;
        else {
            try {
                catalog = catalog.withFontPath(path);
            } catch (FontCatalog.InvalidFontPathException e) {
                throw XError.value(e.index());
            }
        }
    }

    void getFontPath(Client c, GetFontPath q) {
        c.sendReply(new GetFontPath.Reply(strs(catalog.fontPath())));
    }

    // ---- drawing ----------------------------------------------------------------------------------

    /** Paints the set bits of one glyph with origin (x, y) in drawable coordinates, a run of bits at a time. */
    private static void glyph(CoreFont f, int g, int x, int y, org.sumac.x11.render.SpanSink sink) {
        CharInfo m = f.glyphMetrics(g);
        int w = f.glyphWidth(g), h = f.glyphHeight(g), words = f.glyphStride(g);
        int gx = x + m.leftBearing(), gy = y - m.ascent();
        for (int row = 0; row < h; row++) {
            for (int wi = 0; wi < words; wi++) {
                int bits = f.glyphRowWord(g, row, wi); // bit 31 is the leftmost pixel of this word
                int col = wi * 32;
                while (bits != 0) {
                    int skip = Integer.numberOfLeadingZeros(bits);
                    bits <<= skip;
                    col += skip;
                    int run = Integer.numberOfLeadingZeros(~bits);
                    int len = Math.min(run, w - col);
                    if (len > 0) sink.span(gx + col, gy + row, len);
                    bits = run == 32 ? 0 : bits << run;
                    col += run;
                }
            }
        }
    }

    /** Set-pixel cells of the small glyphs drawn so far, per font (weakly: closed fonts go away). */
    private final Map<CoreFont, int[][]> glyphCells = new java.util.WeakHashMap<>();

    /**
     * The fast path for the common case: opaque copy of a solid colour with every plane, so each set
     * bit is one store into the pixel array. It serves each glyph whose bitmap lies inside one box of
     * the composite clip (a window partly covered by another, as x11perf's is by its status window,
     * still has most glyphs inside one box); the others go through the Painter, which clips.
     */
    private static final class DirectGlyphs {
        final java.lang.foreign.MemorySegment data;
        final int stride, ox, oy, pixel;
        final Region clip;
        /** The clip box (buffer coordinates) that held the last glyph; empty until one is found. */
        private long boxX1, boxY1, boxX2, boxY2;

        private final Map<CoreFont, int[][]> cellCache;

        private DirectGlyphs(DrawTarget t, int pixel, Map<CoreFont, int[][]> cellCache) {
            this.cellCache = cellCache;
            this.data = t.pixels().memory;
            this.stride = t.pixels().width;
            this.ox = t.originX();
            this.oy = t.originY();
            this.pixel = pixel;
            this.clip = t.clip();
        }

        /** Null unless the target and GC allow direct stores (solid GXcopy, every plane). */
        static DirectGlyphs of(DrawTarget t, int planeMask, int pixel, boolean solidCopy, Map<CoreFont, int[][]> cellCache) {
            if (!solidCopy || Painter.reducedPlaneMask(planeMask, t.pixels().depth) != -1) return null;
            if (t.clip().isEmpty()) return null;
            return new DirectGlyphs(t, pixel & Painter.reducedPlaneMask(-1, t.pixels().depth), cellCache);
        }

        /** Finds a clip box holding the buffer-space box; false when none does. */
        private boolean findBox(long x1, long y1, long x2, long y2) {
            Region c = clip;
            for (int i = 0, n = c.rectCount(); i < n; i++) {
                if (c.y1(i) > y1) break; // boxes are sorted by band: no later box starts higher
                if (x1 >= c.x1(i) && y1 >= c.y1(i) && x2 <= c.x2(i) && y2 <= c.y2(i)) {
                    boxX1 = c.x1(i); boxY1 = c.y1(i); boxX2 = c.x2(i); boxY2 = c.y2(i);
                    return true;
                }
            }
            return false;
        }

        /**
         * The set pixels of a small glyph as (row << 16 | column) cells, built on first use and kept
         * per font, so drawing is one store per cell; null for glyphs too large to be worth it.
         */
        private int[] cellsOf(CoreFont f, int g, int w, int h) {
            if (w > 64 || h > 64) return null;
            int[][] all = cellCache.computeIfAbsent(f, k -> new int[k.glyphCount()][]);
            int[] cells = all[g];
            if (cells != null) return cells;
            int[] buf = new int[w * h];
            int n = 0;
            for (int row = 0; row < h; row++) {
                for (int col = 0; col < w; col++) {
                    if ((f.glyphRowWord(g, row, col >>> 5) << (col & 31)) < 0) buf[n++] = row << 16 | col;
                }
            }
            all[g] = cells = java.util.Arrays.copyOf(buf, n);
            return cells;
        }

        /** Draws the glyph when its bitmap lies inside one clip box; returns false, drawing nothing, otherwise. */
        boolean glyph(CoreFont f, int g, int x, int y) {
            CharInfo m = f.glyphMetrics(g);
            int w = f.glyphWidth(g), h = f.glyphHeight(g), words = f.glyphStride(g);
            long lx = (long) x + m.leftBearing() + ox, ly = (long) y - m.ascent() + oy;
            if (!(lx >= boxX1 && ly >= boxY1 && lx + w <= boxX2 && ly + h <= boxY2) && !findBox(lx, ly, lx + w, ly + h)) {
                return false;
            }
            int gx = (int) lx, gy = (int) ly;
            java.lang.foreign.MemorySegment d = data;
            int px = pixel;
            int[] cells = cellsOf(f, g, w, h);
            if (cells != null) {
                long base = 4L * ((long) gy * stride + gx), s = 4L * stride;
                for (int c : cells) d.set(Pixels.PIXEL, base + (c >>> 16) * s + 4L * (c & 0xffff), px);
                return true;
            }
            for (int row = 0; row < h; row++) {
                long line = 4L * ((long) (gy + row) * stride + gx);
                for (int wi = 0; wi < words; wi++) {
                    int bits = f.glyphRowWord(g, row, wi);
                    int col = wi * 32;
                    while (bits != 0) {
                        int skip = Integer.numberOfLeadingZeros(bits);
                        col += skip;
                        if (col >= w) break;
                        d.set(Pixels.PIXEL, line + 4L * col, px);
                        bits = (bits << skip) << 1; // two shifts: a shift by 32 would be a no-op
                        col++;
                    }
                }
            }
            return true;
        }
    }

    /** PolyText8/16; returns the bounding box drawn in drawable coordinates, or null. */
    void polyText(Graphics.Gc g, DrawTarget t, org.sumac.x11.protocol.ByteList items, int x, int y, boolean wide) {
        CoreFont f = g.state.font instanceof CoreFont cf ? cf : null;
        Painter p = Painter.fill(t, g.state);
        DirectGlyphs direct = DirectGlyphs.of(t, g.state.planeMask, g.state.foreground,
            g.state.fillStyle == GraphicsContext.FILL_SOLID && g.state.function == GraphicsContext.GX_COPY, glyphCells);
        int minX = x, maxX = x;
        // The items, read in place: an item running past the end is BadLength where it runs out (as the
        // reader did), after the items before it were drawn.
        TextItems r = new TextItems(items);
        while (r.remaining() > 0) {
            int len = r.u8();
            if (len == 0) {
                // A zero-length item is padding at the end (or an empty delta item).
                if (r.remaining() == 0) break;
                r.s8();
                continue;
            }
            if (len == 255) {
                // Font change: four bytes, most significant first whatever the client's byte order.
                int fid = (r.u8() << 24) | (r.u8() << 16) | (r.u8() << 8) | r.u8();
                f = font(fid);
                g.state.font = f;
                g.fontId = fid;
                continue;
            }
            int delta = r.s8();
            x += delta;
            if (f == null) throw new XError(XError.FONT, 0);
            for (int i = 0; i < len; i++) {
                int gi = wide ? f.glyphIndex16(r.u8(), r.u8()) : f.glyphIndex8(r.u8());
                if (gi < 0) continue;
                if (direct == null || !direct.glyph(f, gi, x, y)) glyph(f, gi, x, y, p);
                x += f.glyphMetrics(gi).width();
                minX = Math.min(minX, x - 64);
                maxX = Math.max(maxX, x + 64);
            }
        }
        if (f == null) return;
        t.wrote(minX - 64, y - f.fontAscent() - 64, maxX + 64, y + f.fontDescent() + 64);
    }

    /** PolyText's items in place: a cursor over the request's bytes (single bytes, so no byte order). */
    private static final class TextItems {
        private final byte[] b;
        private int pos;
        private final int end;

        TextItems(org.sumac.x11.protocol.ByteList items) {
            b = items.array();
            pos = items.arrayOffset();
            end = pos + items.size();
        }

        int remaining() { return end - pos; }

        int u8() {
            if (pos >= end) throw XError.length();
            return b[pos++] & 0xff;
        }

        int s8() { return (byte) u8(); }
    }

    /**
     * ImageText8 (chars8) or ImageText16 (chars16): background box in the GC background, then glyphs in the
     * foreground (GXcopy, solid).
     */
    void imageText(Graphics.Gc g, DrawTarget t, org.sumac.x11.protocol.ByteList chars8,
                    org.sumac.x11.protocol.xproto.Char2bList chars16, int x, int y) {
        if (!(g.state.font instanceof CoreFont f)) throw new XError(XError.FONT, g.fontId);
        boolean wide = chars16 != null;
        int n = wide ? chars16.size() : chars8.size();
        // Glyphs are looked up twice (width, then drawing) rather than kept: an array a request was a sixth of what
        // an xterm's scrolling allocated.
        int width = 0;
        for (int i = 0; i < n; i++) {
            int gi = wide ? f.glyphIndex16(chars16.byte1(i), chars16.byte2(i)) : f.glyphIndex8(chars8.get(i));
            if (gi >= 0) width += f.glyphMetrics(gi).width();
        }
        // Background and glyphs are drawn with GXcopy through the GC's plane mask, whatever its function and fill.
        int planeMask = g.state.planeMask;
        int bx = width >= 0 ? x : x + width, bw = Math.abs(width);
        int top = y - f.fontAscent(), h = f.fontAscent() + f.fontDescent();
        if (bw > 0 && h > 0) {
            Painter.solidCopy(t, planeMask, g.state.background).fillRect(bx, top, (long) bx + bw, (long) top + h);
        }
        DirectGlyphs direct = DirectGlyphs.of(t, planeMask, g.state.foreground, true, glyphCells);
        Painter fg = null; // only for glyphs the direct path cannot draw
        int cx = x;
        for (int i = 0; i < n; i++) {
            int gi = wide ? f.glyphIndex16(chars16.byte1(i), chars16.byte2(i)) : f.glyphIndex8(chars8.get(i));
            if (gi < 0) continue;
            if (direct == null || !direct.glyph(f, gi, cx, y)) {
                if (fg == null) fg = Painter.solidCopy(t, planeMask, g.state.foreground);
                glyph(f, gi, cx, y, fg);
            }
            cx += f.glyphMetrics(gi).width();
        }
        t.wrote(Math.min(bx, x) - 64, top - 64, Math.max(bx + bw, cx) + 64, top + h + 64);
    }
}
