package org.sumac.x11.server;

import org.sumac.x11.font.CharInfo;
import org.sumac.x11.font.CoreFont;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.CreateCursor;
import org.sumac.x11.protocol.xproto.CreateGlyphCursor;
import org.sumac.x11.protocol.xproto.FreeCursor;
import org.sumac.x11.protocol.xproto.QueryBestSize;
import org.sumac.x11.protocol.xproto.RecolorCursor;
import org.sumac.x11.render.Pixmap;

/**
 * Core cursors from bitmaps or from glyphs of a font (the "cursor" font). The cursor never goes
 * into the framebuffer: a remote client draws it, so each cursor can render itself to ARGB.
 */
public final class Cursors {
    private final XServer server;
    /** The last serial number given to a cursor (XFIXES reports it); the root's default cursor has the first. */
    private int serials;
    private final int defaultSerial;
    /** The root window's default cursor as Xorg makes it (glyph 0 of the cursor font), built when first asked for. */
    private Cursor defaultCursor;

    /** A two-colour cursor: source and mask bits, colours as 16-bit RGB, hot spot. */
    public static final class Cursor implements Resource {
        private final int id;
        // Not final: XFIXES ChangeCursor makes one cursor show another's image.
        public int width, height, hotX, hotY;
        boolean[] source, mask;
        int foreR, foreG, foreB, backR, backG, backB;
        /** XFIXES: a number that tells cursors apart (GetCursorImage, CursorNotify), and the cursor's name atom (0: none). */
        public int serial, name;

        Cursor(int id, int width, int height, int hotX, int hotY, boolean[] source, boolean[] mask) {
            this.id = id;
            this.width = width;
            this.height = height;
            this.hotX = hotX;
            this.hotY = hotY;
            this.source = source;
            this.mask = mask;
        }

        /** Stands for "nothing reported yet" where null already means the default cursor. */
        static final Cursor NEVER_SHOWN = new Cursor(0, 0, 0, 0, 0, new boolean[0], new boolean[0]);

        @Override public int id() { return id; }

        /** The heap a cursor of this size holds: two booleans a pixel and the object around them. */
        static long memoryCost(int width, int height) { return 2L * width * height + 512; }

        @Override public long memoryCost() { return memoryCost(width, height); }

        /** The cursor as premultiplied-free ARGB pixels, row by row (transparent where the mask is clear). */
        public int[] argb() {
            int fg = 0xFF000000 | (foreR >> 8) << 16 | (foreG >> 8) << 8 | (foreB >> 8);
            int bg = 0xFF000000 | (backR >> 8) << 16 | (backG >> 8) << 8 | (backB >> 8);
            int[] out = new int[width * height];
            for (int i = 0; i < out.length; i++) out[i] = !mask[i] ? 0 : source[i] ? fg : bg;
            return out;
        }
    }

    Cursors(XServer server) {
        this.server = server;
        this.defaultSerial = ++serials;
    }

    private Cursor numbered(Cursor c) {
        c.serial = ++serials;
        return c;
    }

    /**
     * The cursor the root window shows when no window sets one, as Xorg makes it: glyphs 0 and 1 of the cursor
     * font, black on white (null when the font is missing).
     */
    public Cursor defaultCursor() {
        if (defaultCursor == null) {
            CoreFont f = server.dispatcher.fonts.open("cursor");
            int g0 = f == null ? -1 : f.cursorGlyph(0), g1 = f == null ? -1 : f.cursorGlyph(1);
            if (g0 < 0 || g1 < 0) return null;
            defaultCursor = glyphCursor(0, f, g0, f, g1);
            defaultCursor.serial = defaultSerial;
            setColors(defaultCursor, 0, 0, 0, 0xffff, 0xffff, 0xffff);
        }
        return defaultCursor;
    }

    /** The serial of the root's default cursor, known without building it. */
    public int defaultSerial() { return defaultSerial; }

    /** XFIXES ChangeCursor: {@code destination} shows what {@code source} shows from now on, wherever it is used. */
    public void replace(Cursor source, Cursor destination) {
        if (source == destination) return;
        destination.width = source.width;
        destination.height = source.height;
        destination.hotX = source.hotX;
        destination.hotY = source.hotY;
        destination.source = source.source;
        destination.mask = source.mask;
        destination.serial = source.serial;
        destination.name = source.name;
        setColors(destination, source.foreR, source.foreG, source.foreB, source.backR, source.backG, source.backB);
        server.dispatcher.input.cursorRecolored(destination);
    }

    /**
     * A cursor made elsewhere (RENDER's CreateCursor from a picture, CreateAnimCursor's first frame): source and mask
     * bits, colours as 16-bit RGB. The arrays become the cursor's.
     */
    public Cursor twoColor(int id, int width, int height, int hotX, int hotY, boolean[] source, boolean[] mask,
                            int fore, int back) {
        Cursor c = new Cursor(id, width, height, hotX, hotY, source, mask);
        setColors(c, (fore >> 16 & 0xff) * 0x101, (fore >> 8 & 0xff) * 0x101, (fore & 0xff) * 0x101,
            (back >> 16 & 0xff) * 0x101, (back >> 8 & 0xff) * 0x101, (back & 0xff) * 0x101);
        return numbered(c);
    }

    /** The same picture and colours under another id (an animated cursor shows its first frame). */
    public Cursor copy(Cursor of, int id) {
        Cursor c = new Cursor(id, of.width, of.height, of.hotX, of.hotY, of.source, of.mask);
        setColors(c, of.foreR, of.foreG, of.foreB, of.backR, of.backG, of.backB);
        return numbered(c);
    }

    void createCursor(Client c, CreateCursor q) {
        int cid = q.cid();
        Pixmap src = server.pixmap(q.source());
        int maskId = q.mask();
        Pixmap mask = maskId == 0 ? null : server.pixmap(maskId);
        int fr = q.foreRed(), fg = q.foreGreen(), fb = q.foreBlue(), br = q.backRed(), bg = q.backGreen(), bb = q.backBlue();
        int x = q.x(), y = q.y();
        server.checkNewId(c, cid);
        if (src.depth() != 1) throw XError.match();
        if (mask != null && (mask.depth() != 1 || mask.width() != src.width() || mask.height() != src.height())) throw XError.match();
        // Xorg's rule: the hot spot may sit on the far edge (GTK hides the pointer with a 1x1 cursor, hot spot 1,1).
        if (x > src.width() || y > src.height()) throw XError.match();
        int w = src.width(), h = src.height();
        // A cursor may be made from any bitmap, up to 2^28 pixels: charged before its copy of them is allocated.
        MemoryBudget.Charge charge = server.chargeFor(c, Cursor.memoryCost(w, h));
        boolean[] s, m;
        try {
            s = new boolean[w * h];
            m = new boolean[w * h];
        } catch (OutOfMemoryError e) {
            charge.release();
            throw XError.alloc();
        }
        for (int i = 0; i < w * h; i++) {
            s[i] = src.pixels.at(i) != 0;
            m[i] = mask == null || mask.pixels.at(i) != 0;
        }
        Cursor cur = numbered(new Cursor(cid, w, h, x, y, s, m));
        setColors(cur, fr, fg, fb, br, bg, bb);
        server.addResource(c, cur, charge);
    }

    private static void setColors(Cursor cur, int fr, int fg, int fb, int br, int bg, int bb) {
        cur.foreR = fr; cur.foreG = fg; cur.foreB = fb; cur.backR = br; cur.backG = bg; cur.backB = bb;
    }

    void createGlyphCursor(Client c, CreateGlyphCursor q) {
        int cid = q.cid();
        int sfid = q.sourceFont(), mfid = q.maskFont();
        int schar = q.sourceChar(), mchar = q.maskChar();
        int fr = q.foreRed(), fg = q.foreGreen(), fb = q.foreBlue(), br = q.backRed(), bg = q.backGreen(), bb = q.backBlue();
        server.checkNewId(c, cid);
        CoreFont sf = server.dispatcher.fonts.font(sfid);
        CoreFont mf = mfid == 0 ? null : server.dispatcher.fonts.font(mfid);
        int sg = sf.cursorGlyph(schar);
        if (sg < 0) throw XError.value(schar);
        int mg = -1;
        if (mf != null) {
            mg = mf.cursorGlyph(mchar);
            if (mg < 0) throw XError.value(mchar);
        }
        Cursor cur = glyphCursor(cid, sf, sg, mf, mg);
        setColors(cur, fr, fg, fb, br, bg, bb);
        cur.serial = ++serials;
        server.addResource(c, cur);
    }

    /** A cursor from glyph {@code sg} of {@code sf}, masked by glyph {@code mg} of {@code mf} (null: by itself). */
    private static Cursor glyphCursor(int cid, CoreFont sf, int sg, CoreFont mf, int mg) {
        CharInfo sm = sf.glyphMetrics(sg);
        int left = sm.leftBearing(), right = sm.rightBearing(), top = sm.ascent(), bottom = sm.descent();
        if (mf != null) {
            CharInfo mm = mf.glyphMetrics(mg);
            left = Math.min(left, mm.leftBearing());
            right = Math.max(right, mm.rightBearing());
            top = Math.max(top, mm.ascent());
            bottom = Math.max(bottom, mm.descent());
        }
        int w = Math.max(1, right - left), h = Math.max(1, top + bottom);
        boolean[] s = new boolean[w * h], m = new boolean[w * h];
        paint(sf, sg, left, top, w, h, s);
        if (mf != null) paint(mf, mg, left, top, w, h, m);
        else System.arraycopy(s, 0, m, 0, s.length);
        return new Cursor(cid, w, h, -left, top, s, m);
    }

    private static void paint(CoreFont f, int g, int left, int top, int w, int h, boolean[] out) {
        CharInfo m = f.glyphMetrics(g);
        int ox = m.leftBearing() - left, oy = top - m.ascent();
        for (int y = 0; y < f.glyphHeight(g); y++) {
            for (int x = 0; x < f.glyphWidth(g); x++) {
                int px = ox + x, py = oy + y;
                if (px >= 0 && py >= 0 && px < w && py < h && f.bit(g, x, y)) out[py * w + px] = true;
            }
        }
    }

    void freeCursor(Client c, FreeCursor q) {
        int id = q.cursor();
        server.lookup(id, Cursor.class, XError.CURSOR);
        server.removeResource(id);
    }

    void recolorCursor(Client c, RecolorCursor q) {
        Cursor cur = server.lookup(q.cursor(), Cursor.class, XError.CURSOR);
        setColors(cur, q.foreRed(), q.foreGreen(), q.foreBlue(), q.backRed(), q.backGreen(), q.backBlue());
        server.dispatcher.input.cursorRecolored(cur);
    }

    void queryBestSize(Client c, QueryBestSize q) {
        int cls = q.cls();
        int w = q.width(), h = q.height();
        // As Xorg: the class before the drawable; tiles and stipples need a drawable one, cursors (0) do not.
        if (cls > 2) throw XError.value(cls);
        var d = server.drawable(q.drawable());
        if (cls != 0 && d instanceof org.sumac.x11.window.Window win && win.isInputOnly()) throw XError.match();
        if (cls == 0) { w = Math.min(w, server.screenWidth()); h = Math.min(h, server.screenHeight()); } // cursors up to screen size, as fb
        c.sendReply(new QueryBestSize.Reply(w, h));
    }
}
