package org.sumac.x11.server;

import java.util.List;
import java.util.Map;
import org.sumac.x11.font.CharInfo;
import org.sumac.x11.font.CoreFont;
import org.sumac.x11.font.FontCatalog;
import org.sumac.x11.font.FontProperty;
import org.sumac.x11.font.TextExtents;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.render.DrawTarget;
import org.sumac.x11.render.GraphicsContext;
import org.sumac.x11.render.Painter;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;

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

    void openFont(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        int fid = r.i32();
        int n = r.u16();
        r.skip(2);
        String name = r.string8(n);
        server.checkNewId(c, fid);
        CoreFont f = catalog.open(name).orElseThrow(() -> new XError(XError.NAME, 0));
        server.addResource(c, new Font(fid, f));
    }

    void closeFont(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int id = r.i32();
        font(id);
        server.removeResource(id);
    }

    private static void charInfo(ReplyWriter o, CharInfo ci) {
        o.u16(ci.leftBearing()).u16(ci.rightBearing()).u16(ci.width()).u16(ci.ascent()).u16(ci.descent()).u16(ci.attributes());
    }

    private void fontInfo(ReplyWriter o, CoreFont f, int repliesHint, boolean withCount) {
        charInfo(o, f.minBounds());
        o.zeros(4);
        charInfo(o, f.maxBounds());
        o.zeros(4);
        List<FontProperty> props = f.properties();
        o.u16(f.minCharOrByte2()).u16(f.maxCharOrByte2()).u16(f.defaultChar()).u16(props.size())
            .u8(f.drawDirection()).u8(f.minByte1()).u8(f.maxByte1()).bool(f.allCharsExist())
            .u16(f.fontAscent()).u16(f.fontDescent());
        if (withCount) o.i32(f.charInfos().size());
        else o.i32(repliesHint);
        for (FontProperty p : props) {
            o.i32(server.atoms.intern(p.name()));
            o.i32(p.isString() ? server.atoms.intern(p.stringValue()) : p.value());
        }
    }

    void queryFont(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        CoreFont f = fontOrGc(r.i32());
        ReplyWriter o = c.reply(0);
        fontInfo(o, f, 0, true);
        for (CharInfo ci : f.charInfos()) charInfo(o, ci);
        c.sendReply(o);
    }

    void queryTextExtents(Client c, RequestReader r) {
        boolean oddLength = r.byteAt(1) != 0;
        atLeast(r, 8);
        r.seek(4);
        CoreFont f = fontOrGc(r.i32());
        int n = (r.remaining()) / 2;
        if (oddLength) {
            if (n == 0) throw XError.length();
            n--;
        }
        int[] chars = new int[n];
        for (int i = 0; i < n; i++) chars[i] = (r.u8() << 8) | r.u8();
        TextExtents e = f.queryTextExtents(chars, n);
        ReplyWriter o = c.reply(e.drawDirection());
        o.u16(e.fontAscent()).u16(e.fontDescent()).u16(e.overallAscent()).u16(e.overallDescent())
            .i32(e.overallWidth()).i32(e.overallLeft()).i32(e.overallRight());
        c.sendReply(o);
    }

    void listFonts(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        int max = r.u16();
        int n = r.u16();
        String pattern = r.string8(n);
        List<String> names = catalog.listFonts(pattern, max);
        ReplyWriter o = c.reply(0);
        o.u16(names.size()).zeros(22);
        for (String s : names) o.u8(s.length()).string8(s);
        c.sendReply(o);
    }

    void listFontsWithInfo(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        int max = r.u16();
        int n = r.u16();
        String pattern = r.string8(n);
        List<FontCatalog.NamedFont> fonts = catalog.listFontsWithInfo(pattern, max);
        int left = fonts.size();
        for (FontCatalog.NamedFont nf : fonts) {
            String name = nf.name();
            CoreFont f = nf.font();
            left--;
            ReplyWriter o = c.reply(name.length());
            fontInfo(o, f, left, false);
            o.string8(name);
            c.sendReply(o);
        }
        ReplyWriter end = c.reply(0);
        end.zeros(52);
        c.sendReply(end);
    }

    void setFontPath(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        int n = r.u16();
        r.skip(2);
        java.util.List<String> path = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) path.add(r.string8(r.u8()));
        if (n == 0) catalog = initialCatalog;
        else {
            try {
                catalog = catalog.withFontPath(path);
            } catch (FontCatalog.InvalidFontPathException e) {
                throw XError.value(e.index());
            }
        }
    }

    void getFontPath(Client c, RequestReader r) {
        expect(r, 4);
        List<String> path = catalog.fontPath();
        ReplyWriter o = c.reply(0);
        o.u16(path.size()).zeros(22);
        for (String s : path) o.u8(s.length()).string8(s);
        c.sendReply(o);
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
        final int[] data;
        final int stride, ox, oy, pixel;
        final Region clip;
        /** The clip box (buffer coordinates) that held the last glyph; empty until one is found. */
        private long boxX1, boxY1, boxX2, boxY2;

        private final Map<CoreFont, int[][]> cellCache;

        private DirectGlyphs(DrawTarget t, int pixel, Map<CoreFont, int[][]> cellCache) {
            this.cellCache = cellCache;
            this.data = t.pixels().data;
            this.stride = t.pixels().width;
            this.ox = t.originX();
            this.oy = t.originY();
            this.pixel = pixel;
            this.clip = t.clip();
        }

        /** Null unless the target and GC allow direct stores (solid GXcopy, every plane). */
        static DirectGlyphs of(DrawTarget t, GraphicsContext gc, int pixel, boolean solidCopy, Map<CoreFont, int[][]> cellCache) {
            if (!solidCopy || Painter.reducedPlaneMask(gc.planeMask, t.pixels().depth) != -1) return null;
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
            int[] d = data;
            int px = pixel;
            int[] cells = cellsOf(f, g, w, h);
            if (cells != null) {
                int base = gy * stride + gx, s = stride;
                for (int c : cells) d[base + (c >>> 16) * s + (c & 0xffff)] = px;
                return true;
            }
            for (int row = 0; row < h; row++) {
                int line = (gy + row) * stride + gx;
                for (int wi = 0; wi < words; wi++) {
                    int bits = f.glyphRowWord(g, row, wi);
                    int col = wi * 32;
                    while (bits != 0) {
                        int skip = Integer.numberOfLeadingZeros(bits);
                        col += skip;
                        if (col >= w) break;
                        d[line + col] = px;
                        bits = (bits << skip) << 1; // two shifts: a shift by 32 would be a no-op
                        col++;
                    }
                }
            }
            return true;
        }
    }

    /** PolyText8/16; returns the bounding box drawn in drawable coordinates, or null. */
    int[] polyText(Graphics.Gc g, DrawTarget t, RequestReader r, int x, int y, boolean wide) {
        CoreFont f = g.state.font instanceof CoreFont cf ? cf : null;
        Painter p = Painter.fill(t, g.state);
        DirectGlyphs direct = DirectGlyphs.of(t, g.state, g.state.foreground,
            g.state.fillStyle == GraphicsContext.FILL_SOLID && g.state.function == GraphicsContext.GX_COPY, glyphCells);
        int minX = x, maxX = x;
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
        if (f == null) return null;
        return new int[] {minX - 64, y - f.fontAscent() - 64, maxX + 64, y + f.fontDescent() + 64};
    }

    /** ImageText8/16: background box in the GC background, then glyphs in the foreground (GXcopy, solid). */
    int[] imageText(Graphics.Gc g, DrawTarget t, RequestReader r, int n, int x, int y, boolean wide) {
        if (!(g.state.font instanceof CoreFont f)) throw new XError(XError.FONT, g.fontId);
        int[] glyphs = new int[n];
        int width = 0;
        for (int i = 0; i < n; i++) {
            glyphs[i] = wide ? f.glyphIndex16(r.u8(), r.u8()) : f.glyphIndex8(r.u8());
            if (glyphs[i] >= 0) width += f.glyphMetrics(glyphs[i]).width();
        }
        GraphicsContext copy = new GraphicsContext(g.state.depth);
        copy.function = GraphicsContext.GX_COPY;
        copy.planeMask = g.state.planeMask;
        int bx = width >= 0 ? x : x + width, bw = Math.abs(width);
        int top = y - f.fontAscent(), h = f.fontAscent() + f.fontDescent();
        if (bw > 0 && h > 0) new Painter(t, copy, g.state.background, true).fillRect(bx, top, (long) bx + bw, (long) top + h);
        Painter fg = new Painter(t, copy, g.state.foreground, true);
        DirectGlyphs direct = DirectGlyphs.of(t, copy, g.state.foreground, true, glyphCells);
        int cx = x;
        for (int gi : glyphs) {
            if (gi < 0) continue;
            if (direct == null || !direct.glyph(f, gi, cx, y)) glyph(f, gi, cx, y, fg);
            cx += f.glyphMetrics(gi).width();
        }
        return new int[] {Math.min(bx, x) - 64, top - 64, Math.max(bx + bw, cx) + 64, top + h + 64};
    }
}
