package org.sumac.x11.server;

import java.util.HashMap;
import java.util.Map;
import org.sumac.x11.color.ColorDatabase;
import org.sumac.x11.color.Rgb16;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.AllocColor;
import org.sumac.x11.protocol.xproto.AllocColorCells;
import org.sumac.x11.protocol.xproto.AllocColorPlanes;
import org.sumac.x11.protocol.xproto.AllocNamedColor;
import org.sumac.x11.protocol.xproto.CopyColormapAndFree;
import org.sumac.x11.protocol.xproto.CreateColormap;
import org.sumac.x11.protocol.xproto.FreeColormap;
import org.sumac.x11.protocol.xproto.FreeColors;
import org.sumac.x11.protocol.xproto.InstallColormap;
import org.sumac.x11.protocol.xproto.ListInstalledColormaps;
import org.sumac.x11.protocol.xproto.LookupColor;
import org.sumac.x11.protocol.xproto.QueryColors;
import org.sumac.x11.protocol.xproto.Rgb;
import org.sumac.x11.protocol.xproto.StoreColors;
import org.sumac.x11.protocol.xproto.StoreNamedColor;
import org.sumac.x11.protocol.xproto.UninstallColormap;
import org.sumac.x11.window.Window;

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

    void createColormap(Client c, CreateColormap q) {
        int alloc = q.alloc();
        int mid = q.mid();
        Window w = server.window(q.window());
        int visual = q.visual();
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

    void freeColormap(Client c, FreeColormap q) {
        int id = q.cmap();
        colormap(id);
        if (id != XServer.DEFAULT_COLORMAP) server.removeResource(id);
    }

    void copyColormapAndFree(Client c, CopyColormapAndFree q) {
        int mid = q.mid();
        Colormap src = colormap(q.srcCmap());
        server.checkNewId(c, mid);
        Colormap copy = new Colormap(mid, src.visual());
        if (src.cells != null) moveCells(c, src.cells, copy.cells);
        server.addResource(c, copy);
    }

    void installColormap(Client c, InstallColormap q) {
        Colormap cm = colormap(q.cmap());
        server.dispatcher.windows.colormapEvents.install(cm.id());
    }

    void uninstallColormap(Client c, UninstallColormap q) {
        Colormap cm = colormap(q.cmap());
        server.dispatcher.windows.colormapEvents.uninstall(cm.id());
    }

    void listInstalledColormaps(Client c, ListInstalledColormaps q) {
        server.window(q.window());
        c.sendReply(new ListInstalledColormaps.Reply(new int[] {server.dispatcher.windows.colormapEvents.installed()}));
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

    void allocColor(Client c, AllocColor q) {
        Colormap m = colormap(q.cmap());
        int red = q.red(), green = q.green(), blue = q.blue();
        int pixel = m.cells == null ? pixelOf(red, green, blue) | m.alpha()
            : allocDirect(c, m.cells, resolve(red), resolve(green), resolve(blue));
        c.sendReply(new AllocColor.Reply(resolve(red), resolve(green), resolve(blue), pixel));
    }

    private Rgb16 named(ByteList name) {
        return names.lookup(name.string()).orElseThrow(() -> new XError(XError.NAME, 0));
    }

    void allocNamedColor(Client c, AllocNamedColor q) {
        Colormap m = colormap(q.cmap());
        Rgb16 e = named(q.name());
        int pixel = m.cells == null ? pixelOf(e.red(), e.green(), e.blue()) | m.alpha()
            : allocDirect(c, m.cells, resolve(e.red()), resolve(e.green()), resolve(e.blue()));
        c.sendReply(new AllocNamedColor.Reply(pixel, e.red(), e.green(), e.blue(),
            (e.red() >> 8) * 0x101, (e.green() >> 8) * 0x101, (e.blue() >> 8) * 0x101));
    }

    void lookupColor(Client c, LookupColor q) {
        colormap(q.cmap());
        Rgb16 e = named(q.name());
        c.sendReply(new LookupColor.Reply(e.red(), e.green(), e.blue(),
            (e.red() >> 8) * 0x101, (e.green() >> 8) * 0x101, (e.blue() >> 8) * 0x101));
    }

    /** Writable cells, on DirectColor only (BadAlloc elsewhere; after parse's exact-length check, as Xorg). */
    void allocColorCells(Client c, AllocColorCells q) {
        Colormap m = colormap(q.cmap());
        int colors = q.colors(), p = q.planes();
        int[] planes = {p, p, p};
        if (colors == 0) throw XError.value(0);
        if (m.cells == null) throw XError.alloc();
        int[] masks = new int[3];
        int[] pixels = allocDirect(c, m.cells, colors, planes, masks);
        // The i-th mask holds the i-th plane bit of each channel.
        int[] left = masks.clone();
        int[] planeMasks = new int[p];
        for (int k = 0; k < p; k++) {
            int mask = 0;
            for (int ch = 0; ch < 3; ch++) {
                int bit = Integer.lowestOneBit(left[ch]);
                left[ch] &= ~bit;
                mask |= bit << (16 - 8 * ch);
            }
            planeMasks[k] = mask;
        }
        c.sendReply(new AllocColorCells.Reply(pixels, planeMasks));
    }

    void allocColorPlanes(Client c, AllocColorPlanes q) {
        Colormap m = colormap(q.cmap());
        int colors = q.colors();
        int[] planes = {q.reds(), q.greens(), q.blues()};
        if (colors == 0) throw XError.value(0);
        if (m.cells == null) throw XError.alloc();
        int[] masks = new int[3];
        int[] pixels = allocDirect(c, m.cells, colors, planes, masks);
        c.sendReply(new AllocColorPlanes.Reply(masks[0] << 16, masks[1] << 8, masks[2], pixels));
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

    void freeColors(Client c, FreeColors q) {
        Colormap m = colormap(q.cmap());
        // The plane mask is ignored: no planes are handed out.
        if (m.cells == null) return;
        if (m.cells.allAllocated) throw XError.access();
        XError failed = null;
        var pixels = q.pixels();
        for (int i = 0; i < pixels.size(); i++) {
            int p = pixels.get(i);
            if ((p & ~0xFFFFFF) != 0) { failed = XError.value(p); continue; }
            for (int ch = 0; ch < 3; ch++) {
                if (!m.cells.release(c, ch, channel(p, ch))) failed = new XError(XError.ACCESS, p);
            }
        }
        if (failed != null) throw failed;
    }

    /**
     * Read-only cells: BadAccess for any item. Xorg looks the colormap up, then counts the items (BadColor, then
     * BadLength for a partial item: taking {@code q.items()} checks it), then stores (BadAccess).
     */
    void storeColors(Client c, StoreColors q) {
        Colormap m = colormap(q.cmap());
        var items = q.items(); // counted before the colormap's kind is judged, as Xorg
        if (m.cells == null) throw XError.access();
        XError failed = null;
        for (int i = 0; i < items.size(); i++) {
            XError e = store(m.cells, items.pixel(i), items.red(i), items.green(i), items.blue(i), items.flags(i));
            if (e != null) failed = e;
        }
        if (failed != null) throw failed;
    }

    void storeNamedColor(Client c, StoreNamedColor q) {
        Colormap m = colormap(q.cmap());
        Rgb16 e = named(q.name());
        if (m.cells == null) throw XError.access();
        XError failed = store(m.cells, q.pixel(), e.red(), e.green(), e.blue(), q.flags());
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

    void queryColors(Client c, QueryColors q) {
        Colormap m = colormap(q.cmap());
        int n = q.pixels().size();
        java.util.List<Rgb> colors = new java.util.ArrayList<>(n);
        XError failed = null;
        for (int i = 0; i < n; i++) {
            int p = q.pixels().get(i);
            // Xorg answers the last bad pixel
            if ((p & ~(0xFFFFFF | m.alpha())) != 0) { failed = XError.value(p); continue; }
            int[] v = new int[3];
            for (int ch = 0; ch < 3; ch++) v[ch] = m.cells == null ? channel(p, ch) * 0x101 : m.cells.value[ch][channel(p, ch)];
            colors.add(new Rgb(v[0], v[1], v[2]));
        }
        if (failed != null) throw failed;
        c.sendReply(new QueryColors.Reply(colors));
    }
}
