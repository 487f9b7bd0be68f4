package org.sumac.x11.server;

import org.sumac.x11.color.ColorDatabase;
import org.sumac.x11.color.Rgb16;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;

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
        if (alloc == 1) throw XError.match(); // AllocAll on a static visual
        server.addResource(c, new Colormap(mid, visual));
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
        server.addResource(c, new Colormap(mid, src.visual()));
    }

    void installColormap(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        Colormap cm = colormap(r.i32());
        server.dispatcher.windows.colormapEvents.install(cm.id());
    }

    void uninstallColormap(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        Colormap cm = colormap(r.i32());
        server.dispatcher.windows.colormapEvents.uninstall(cm.id());
    }

    void listInstalledColormaps(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        server.window(r.i32());
        ReplyWriter o = c.reply(0);
        o.u16(1).zeros(22).i32(server.dispatcher.windows.colormapEvents.installed());
        c.sendReply(o);
    }

    private static int pixelOf(int r16, int g16, int b16) {
        return ((r16 >> 8) << 16) | ((g16 >> 8) << 8) | (b16 >> 8);
    }

    void allocColor(Client c, RequestReader r) {
        expect(r, 16);
        r.seek(4);
        colormap(r.i32());
        int red = r.u16(), green = r.u16(), blue = r.u16();
        ReplyWriter o = c.reply(0);
        o.u16((red >> 8) * 0x101).u16((green >> 8) * 0x101).u16((blue >> 8) * 0x101).u16(0).i32(pixelOf(red, green, blue));
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
        colormap(r.i32());
        Rgb16 e = named(r);
        ReplyWriter o = c.reply(0);
        o.i32(pixelOf(e.red(), e.green(), e.blue()))
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

    void allocCells(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        colormap(r.i32());
        throw XError.alloc();
    }

    void freeColors(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        colormap(r.i32());
    }

    void storeColors(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        colormap(r.i32());
        if (r.length() > 8) throw XError.access();
    }

    void queryColors(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        colormap(r.i32());
        int n = r.remaining() / 4;
        ReplyWriter o = c.reply(0);
        o.u16(n).zeros(22);
        for (int i = 0; i < n; i++) {
            int p = r.i32();
            if ((p & ~0xFFFFFF) != 0) throw XError.value(p);
            o.u16(((p >> 16) & 0xff) * 0x101).u16(((p >> 8) & 0xff) * 0x101).u16((p & 0xff) * 0x101).zeros(2);
        }
        c.sendReply(o);
    }
}
