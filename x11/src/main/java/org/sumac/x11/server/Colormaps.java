package org.sumac.x11.server;

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
 * Colormaps of a TrueColor screen: read-only, a pixel is the top 8 bits of each channel, so
 * allocation is arithmetic; writable cells do not exist (BadAlloc / BadAccess as Xorg answers).
 */
public final class Colormaps {
    private final XServer server;
    private final ColorDatabase names = ColorDatabase.builtin();

    public record Colormap(int id, int visual) implements Resource { }

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
        if (alloc == 1) throw XError.match(); // AllocAll on a static visual
        server.addResource(c, new Colormap(mid, visual));
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
        server.addResource(c, new Colormap(mid, src.visual()));
    }

    void installColormap(Client c, InstallColormap q) { colormap(q.cmap()); }

    void uninstallColormap(Client c, UninstallColormap q) { colormap(q.cmap()); }

    void listInstalledColormaps(Client c, ListInstalledColormaps q) {
        server.window(q.window());
        c.sendReply(new ListInstalledColormaps.Reply(new int[] {XServer.DEFAULT_COLORMAP}));
    }

    private static int pixelOf(int r16, int g16, int b16) {
        return ((r16 >> 8) << 16) | ((g16 >> 8) << 8) | (b16 >> 8);
    }

    void allocColor(Client c, AllocColor q) {
        colormap(q.cmap());
        int red = q.red(), green = q.green(), blue = q.blue();
        c.sendReply(new AllocColor.Reply((red >> 8) * 0x101, (green >> 8) * 0x101, (blue >> 8) * 0x101,
            pixelOf(red, green, blue)));
    }

    private Rgb16 named(ByteList name) {
        return names.lookup(name.string()).orElseThrow(() -> new XError(XError.NAME, 0));
    }

    void allocNamedColor(Client c, AllocNamedColor q) {
        colormap(q.cmap());
        Rgb16 e = named(q.name());
        c.sendReply(new AllocNamedColor.Reply(pixelOf(e.red(), e.green(), e.blue()), e.red(), e.green(), e.blue(),
            (e.red() >> 8) * 0x101, (e.green() >> 8) * 0x101, (e.blue() >> 8) * 0x101));
    }

    void lookupColor(Client c, LookupColor q) {
        colormap(q.cmap());
        Rgb16 e = named(q.name());
        c.sendReply(new LookupColor.Reply(e.red(), e.green(), e.blue(),
            (e.red() >> 8) * 0x101, (e.green() >> 8) * 0x101, (e.blue() >> 8) * 0x101));
    }

    /** No writable cells on a read-only visual: BadAlloc (after parse's exact-length check, as Xorg). */
    void allocColorCells(Client c, AllocColorCells q) {
        colormap(q.cmap());
        throw XError.alloc();
    }

    void allocColorPlanes(Client c, AllocColorPlanes q) {
        colormap(q.cmap());
        throw XError.alloc();
    }

    void freeColors(Client c, FreeColors q) {
        colormap(q.cmap());
    }

    /**
     * Read-only cells: BadAccess for any item. Xorg looks the colormap up, then counts the items (BadColor, then
     * BadLength for a partial item: taking {@code q.items()} checks it), then stores (BadAccess).
     */
    void storeColors(Client c, StoreColors q) {
        colormap(q.cmap());
        if (q.items().size() > 0) throw XError.access();
    }

    void storeNamedColor(Client c, StoreNamedColor q) {
        colormap(q.cmap());
        throw XError.access();
    }

    void queryColors(Client c, QueryColors q) {
        colormap(q.cmap());
        int n = q.pixels().size();
        java.util.List<Rgb> colors = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int p = q.pixels().get(i);
            if ((p & ~0xFFFFFF) != 0) throw XError.value(p);
            colors.add(new Rgb(((p >> 16) & 0xff) * 0x101, ((p >> 8) & 0xff) * 0x101, (p & 0xff) * 0x101));
        }
        c.sendReply(new QueryColors.Reply(colors));
    }
}
