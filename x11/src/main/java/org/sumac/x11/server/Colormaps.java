package org.sumac.x11.server;

import java.util.HashMap;
import java.util.Map;
import org.sumac.x11.color.ColorDatabase;
import org.sumac.x11.color.Rgb16;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;

/**
 * Colormaps. On the TrueColor visuals they are read-only, a pixel is the top 8 bits of each channel, so allocation
 * is arithmetic and writable cells do not exist (BadAlloc / BadAccess as Xorg answers). On the DirectColor visual
 * they hold three tables of 256 cells (red, green, blue), allocated read-only (shared by value) or writable as in
 * Xorg: an advertised visual must work, and programs probing every visual create such maps. The framebuffer keeps
 * pixel values, so, as on Xvfb, a DirectColor map changes what QueryColors answers, not the pixels shown.
 */
public final class Colormaps {
    private final XServer server;
    private final ColorDatabase names = ColorDatabase.builtin();

    public static final class Colormap implements Resource {
        private final int id, visual;
        /** The cells of a DirectColor map, null on the static visuals. */
        final Cells cells;

        public Colormap(int id, int visual) {
            this.id = id;
            this.visual = visual;
            this.cells = visual == XServer.DIRECT_VISUAL ? new Cells() : null;
        }

        @Override public int id() { return id; }

        public int visual() { return visual; }

        /** Bits of a pixel outside the color channels: set in allocated pixels of a 32-bit visual, as in Xorg. */
        int alpha() { return visual == XServer.ARGB_VISUAL ? 0xFF000000 : 0; }

        @Override public void free(XServer server) { if (cells != null) cells.holds.clear(); }
    }

    /** Cells of the three channels: values, reference counts (0 free, {@link #WRITABLE}, n read-only users). */
    static final class Cells {
        static final int WRITABLE = -1;
        final int[][] value = new int[3][256];
        final int[][] refs = new int[3][256];
        /** How many times each client holds each cell, to free what it holds when it leaves. */
        final Map<Client, int[][]> holds = new HashMap<>();
        boolean allAllocated;

        int[][] holdsOf(Client c) { return holds.computeIfAbsent(c, k -> new int[3][256]); }

        /** A read-only cell holding v in channel ch: shared when one exists, else the first free one; -1 if full. */
        int allocReadOnly(Client c, int ch, int v) {
            int free = -1;
            for (int i = 0; i < 256; i++) {
                if (refs[ch][i] > 0 && value[ch][i] == v) { free = i; break; }
                if (refs[ch][i] == 0 && free < 0) free = i;
            }
            if (free < 0) return -1;
            if (refs[ch][free] == 0) value[ch][free] = v;
            refs[ch][free]++;
            holdsOf(c)[ch][free]++;
            return free;
        }

        /** Drops one of a client's holds on a cell; false if it holds none. */
        boolean release(Client c, int ch, int i) {
            int[][] h = holds.get(c);
            if (h == null || h[ch][i] == 0) return false;
            h[ch][i]--;
            refs[ch][i] = refs[ch][i] == WRITABLE ? 0 : refs[ch][i] - 1;
            return true;
        }

        void clientClosed(Client c) {
            int[][] h = holds.remove(c);
            if (h == null) return;
            for (int ch = 0; ch < 3; ch++) {
                for (int i = 0; i < 256; i++) {
                    if (h[ch][i] > 0) refs[ch][i] = refs[ch][i] == WRITABLE ? 0 : Math.max(0, refs[ch][i] - h[ch][i]);
                }
            }
            allAllocated = false;
        }
    }

    private static int channel(int pixel, int ch) { return (pixel >>> (16 - 8 * ch)) & 0xff; }

    /** What a visual with 8 bits per channel keeps of a 16-bit intensity. */
    private static int resolve(int v16) { return (v16 >> 8) * 0x101; }

    /** Frees the colormap cells a departed client held. */
    void clientClosed(Client c) {
        for (Resource res : server.allResources()) {
            if (res instanceof Colormap m && m.cells != null) m.cells.clientClosed(c);
        }
    }

    Colormaps(XServer server) {
        this.server = server;
    }

    private Colormap colormap(int id) { return server.lookup(id, Colormap.class, XError.COLORMAP); }

    void createColormap(Client c, RequestReader r) {
        int alloc = r.byteAt(1) & 0xff;
        expect(r, 16);
        r.seek(4);
        int mid = r.i32();
        Window w = server.window(r.i32());
        int visual = r.i32();
        server.checkNewId(c, mid);
        if (alloc > 1) throw XError.value(alloc);
        if (WindowRequests.visualDepth(visual) < 0) throw XError.match();
        Colormap m = new Colormap(mid, visual);
        if (alloc == 1) {
            if (m.cells == null) throw XError.match(); // AllocAll on a static visual
            m.cells.allAllocated = true;
            int[][] h = m.cells.holdsOf(c);
            for (int ch = 0; ch < 3; ch++) {
                java.util.Arrays.fill(m.cells.refs[ch], Cells.WRITABLE);
                java.util.Arrays.fill(h[ch], 1);
            }
        }
        server.addResource(c, m);
    }

    void freeColormap(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int id = r.i32();
        colormap(id);
        if (id != XServer.DEFAULT_COLORMAP) server.removeResource(id);
    }

    void copyColormapAndFree(Client c, RequestReader r) {
        expect(r, 12);
        r.seek(4);
        int mid = r.i32();
        Colormap src = colormap(r.i32());
        server.checkNewId(c, mid);
        Colormap copy = new Colormap(mid, src.visual());
        if (src.cells != null) moveCells(c, src.cells, copy.cells);
        server.addResource(c, copy);
    }

    void installColormap(Client c, RequestReader r) { expect(r, 8); r.seek(4); colormap(r.i32()); }

    void uninstallColormap(Client c, RequestReader r) { expect(r, 8); r.seek(4); colormap(r.i32()); }

    void listInstalledColormaps(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        server.window(r.i32());
        ReplyWriter o = c.reply(0);
        o.u16(1).zeros(22).i32(XServer.DEFAULT_COLORMAP);
        c.sendReply(o);
    }

    /**
     * CopyColormapAndFree on DirectColor: the new map gets every cell of a map allocated whole, else the cells the
     * client holds, with their values, and those cells become free in the source.
     */
    private static void moveCells(Client c, Cells from, Cells to) {
        for (int ch = 0; ch < 3; ch++) System.arraycopy(from.value[ch], 0, to.value[ch], 0, 256);
        int[][] h = from.holds.get(c);
        if (h == null) return;
        int[][] mine = to.holdsOf(c);
        to.allAllocated = from.allAllocated;
        for (int ch = 0; ch < 3; ch++) {
            for (int i = 0; i < 256; i++) {
                if (h[ch][i] == 0) continue;
                to.refs[ch][i] = from.refs[ch][i] == Cells.WRITABLE ? Cells.WRITABLE : h[ch][i];
                mine[ch][i] = h[ch][i];
                from.refs[ch][i] = from.refs[ch][i] == Cells.WRITABLE ? 0 : from.refs[ch][i] - h[ch][i];
            }
        }
        from.holds.remove(c);
        from.allAllocated = false;
    }

    /** AllocColor in a DirectColor map: a read-only cell per channel, or BadAlloc with nothing held. */
    private static int allocDirect(Client c, Cells cells, int red, int green, int blue) {
        int[] v = {red, green, blue}, idx = new int[3];
        for (int ch = 0; ch < 3; ch++) {
            idx[ch] = cells.allocReadOnly(c, ch, v[ch]);
            if (idx[ch] < 0) {
                for (int k = 0; k < ch; k++) cells.release(c, k, idx[k]);
                throw XError.alloc();
            }
        }
        return (idx[0] << 16) | (idx[1] << 8) | idx[2];
    }

    private static int pixelOf(int r16, int g16, int b16) {
        return ((r16 >> 8) << 16) | ((g16 >> 8) << 8) | (b16 >> 8);
    }

    void allocColor(Client c, RequestReader r) {
        expect(r, 16);
        r.seek(4);
        Colormap m = colormap(r.i32());
        int red = r.u16(), green = r.u16(), blue = r.u16();
        int pixel = m.cells == null ? pixelOf(red, green, blue) | m.alpha()
            : allocDirect(c, m.cells, resolve(red), resolve(green), resolve(blue));
        ReplyWriter o = c.reply(0);
        o.u16(resolve(red)).u16(resolve(green)).u16(resolve(blue)).u16(0).i32(pixel);
        c.sendReply(o);
    }

    private Rgb16 named(RequestReader r) {
        int n = r.u16();
        r.skip(2);
        String name = r.string8(n);
        return names.lookup(name).orElseThrow(() -> new XError(XError.NAME, 0));
    }

    void allocNamedColor(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        Colormap m = colormap(r.i32());
        Rgb16 e = named(r);
        int pixel = m.cells == null ? pixelOf(e.red(), e.green(), e.blue()) | m.alpha()
            : allocDirect(c, m.cells, resolve(e.red()), resolve(e.green()), resolve(e.blue()));
        ReplyWriter o = c.reply(0);
        o.i32(pixel)
            .u16(e.red()).u16(e.green()).u16(e.blue())
            .u16((e.red() >> 8) * 0x101).u16((e.green() >> 8) * 0x101).u16((e.blue() >> 8) * 0x101);
        c.sendReply(o);
    }

    void lookupColor(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        colormap(r.i32());
        Rgb16 e = named(r);
        ReplyWriter o = c.reply(0);
        o.u16(e.red()).u16(e.green()).u16(e.blue())
            .u16((e.red() >> 8) * 0x101).u16((e.green() >> 8) * 0x101).u16((e.blue() >> 8) * 0x101);
        c.sendReply(o);
    }

    /** AllocColorCells (86) and AllocColorPlanes (87): writable cells, on DirectColor only (BadAlloc elsewhere). */
    void allocCells(Client c, RequestReader r) {
        atLeast(r, 12);
        boolean planesRequest = r.byteAt(0) == 87;
        r.seek(4);
        Colormap m = colormap(r.i32());
        int colors = r.u16();
        int[] planes = planesRequest ? new int[] {r.u16(), r.u16(), r.u16()} : null;
        if (!planesRequest) {
            int p = r.u16();
            planes = new int[] {p, p, p};
        }
        if (colors == 0) throw XError.value(0);
        if (m.cells == null) throw XError.alloc();
        int[] masks = new int[3];
        int[] pixels = allocDirect(c, m.cells, colors, planes, masks);
        ReplyWriter o = c.reply(0);
        if (planesRequest) {
            o.u16(colors).zeros(2).i32(masks[0] << 16).i32(masks[1] << 8).i32(masks[2]).zeros(8);
            for (int p : pixels) o.i32(p);
        } else {
            o.u16(colors).u16(planes[0]).zeros(20);
            for (int p : pixels) o.i32(p);
            // The i-th mask holds the i-th plane bit of each channel.
            int[] left = masks.clone();
            for (int k = 0; k < planes[0]; k++) {
                int mask = 0;
                for (int ch = 0; ch < 3; ch++) {
                    int bit = Integer.lowestOneBit(left[ch]);
                    left[ch] &= ~bit;
                    mask |= bit << (16 - 8 * ch);
                }
                o.i32(mask);
            }
        }
        c.sendReply(o);
    }

    /**
     * Xorg's AllocDirect: in each channel, colors writable base cells with planes[ch] plane bits such that every
     * combination is free; the pixels are the bases of the three channels combined, masks get each channel's plane
     * bits (unshifted). BadAlloc, with nothing held, when a channel has no room.
     */
    private static int[] allocDirect(Client c, Cells cells, int colors, int[] planes, int[] masks) {
        int[][] got = new int[3][];
        for (int ch = 0; ch < 3; ch++) {
            got[ch] = planes[ch] > 8 ? null : allocPlanes(cells, ch, colors, planes[ch], masks);
            if (got[ch] == null) {
                for (int k = 0; k < ch; k++) for (int i : got[k]) cells.refs[k][i] = 0;
                throw XError.alloc();
            }
        }
        int[][] h = cells.holdsOf(c);
        for (int ch = 0; ch < 3; ch++) for (int i : got[ch]) h[ch][i] = 1;
        int[] pixels = new int[colors];
        for (int k = 0; k < colors; k++) pixels[k] = (got[0][k] << 16) | (got[1][k] << 8) | got[2][k];
        return pixels;
    }

    /**
     * One channel of Xorg's AllocCP, contiguous plane bits only: the first {@code count} bases (plane bits clear)
     * whose 2^planes cells are all free, trying plane bits from the lowest up. Marks them writable and returns every
     * allocated cell, the bases first; null when there is no room.
     */
    private static int[] allocPlanes(Cells cells, int ch, int count, int planes, int[] masks) {
        int[] refs = cells.refs[ch];
        if (planes == 0) {
            int[] got = new int[count];
            int n = 0;
            for (int i = 0; i < 256 && n < count; i++) if (refs[i] == 0) got[n++] = i;
            if (n < count) return null;
            for (int i : got) refs[i] = Cells.WRITABLE;
            masks[ch] = 0;
            return got;
        }
        for (int base = 1, mask = (1 << planes) - 1; mask < 256; base <<= 1, mask <<= 1) {
            int[] bases = new int[count];
            int found = 0;
            for (int p = 0; p + mask < 256 && found < count; ) {
                boolean free = true;
                for (int sub = 0; free && sub <= mask; sub = ((sub | ~mask) + 1) & mask) {
                    free = refs[p + sub] == 0;
                    if (sub == mask) break;
                }
                if (free) bases[found++] = p;
                p++;
                if ((p & mask) != 0) p += mask;
            }
            if (found < count) continue;
            int[] all = new int[count << planes];
            int n = 0;
            for (int b : bases) all[n++] = b;
            for (int b : bases) {
                for (int sub = mask & -mask; sub != 0 && sub <= mask; sub = ((sub | ~mask) + 1) & mask) all[n++] = b + sub;
            }
            for (int i : all) refs[i] = Cells.WRITABLE;
            masks[ch] = mask;
            return all;
        }
        return null;
    }

    void freeColors(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        Colormap m = colormap(r.i32());
        r.skip(4); // plane mask: no planes are handed out
        if (m.cells == null) return;
        if (m.cells.allAllocated) throw XError.access();
        XError failed = null;
        while (r.remaining() >= 4) {
            int p = r.i32();
            if ((p & ~0xFFFFFF) != 0) { failed = XError.value(p); continue; }
            for (int ch = 0; ch < 3; ch++) {
                if (!m.cells.release(c, ch, channel(p, ch))) failed = new XError(XError.ACCESS, p);
            }
        }
        if (failed != null) throw failed;
    }

    void storeColors(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        Colormap m = colormap(r.i32());
        if (r.byteAt(0) == 90) {
            int flags = r.byteAt(1) & 0xff;
            int pixel = r.i32();
            Rgb16 e = named(r);
            if (m.cells == null) throw XError.access();
            XError failed = store(m.cells, pixel, e.red(), e.green(), e.blue(), flags);
            if (failed != null) throw failed;
            return;
        }
        if (m.cells == null) throw XError.access();
        XError failed = null;
        while (r.remaining() >= 12) {
            int pixel = r.i32(), red = r.u16(), green = r.u16(), blue = r.u16(), flags = r.u8();
            r.skip(1);
            XError e = store(m.cells, pixel, red, green, blue, flags);
            if (e != null) failed = e;
        }
        if (failed != null) throw failed;
    }

    /**
     * Stores one item into a DirectColor map: each channel whose cell is writable and whose flag (DoRed 1, DoGreen 2,
     * DoBlue 4) is set takes its value, as in Xorg even when another channel's cell is not writable.
     */
    private static XError store(Cells cells, int pixel, int red, int green, int blue, int flags) {
        if ((pixel & ~0xFFFFFF) != 0) return XError.value(pixel);
        int[] v = {resolve(red), resolve(green), resolve(blue)};
        XError failed = null;
        for (int ch = 0; ch < 3; ch++) {
            int i = channel(pixel, ch);
            if (cells.refs[ch][i] != Cells.WRITABLE) failed = new XError(XError.ACCESS, pixel);
            else if ((flags & (1 << ch)) != 0) cells.value[ch][i] = v[ch];
        }
        return failed;
    }

    void queryColors(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        Colormap m = colormap(r.i32());
        int n = r.remaining() / 4;
        ReplyWriter o = c.reply(0);
        o.u16(n).zeros(22);
        XError failed = null;
        for (int i = 0; i < n; i++) {
            int p = r.i32();
            // Xorg answers the last bad pixel
            if ((p & ~(0xFFFFFF | m.alpha())) != 0) { failed = XError.value(p); continue; }
            for (int ch = 0; ch < 3; ch++) {
                o.u16(m.cells == null ? channel(p, ch) * 0x101 : m.cells.value[ch][channel(p, ch)]);
            }
            o.zeros(2);
        }
        if (failed != null) throw failed;
        c.sendReply(o);
    }
}
