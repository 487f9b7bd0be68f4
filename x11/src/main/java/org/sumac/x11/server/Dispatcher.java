package org.sumac.x11.server;

import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** Routes each request by major opcode to the handler that owns its area. */
public final class Dispatcher {
    private final XServer server;
    public final WindowRequests windows;
    public final PropertyRequests properties;
    public final Selections selections;
    public final SaveSets saveSets;
    public final Input input;
    public final Graphics graphics;
    public final FontRequests fonts;
    public final Colormaps colormaps;
    public final Cursors cursors;
    public final ServerControl control;

    Dispatcher(XServer server) {
        this.server = server;
        this.windows = new WindowRequests(server);
        this.properties = new PropertyRequests(server);
        this.selections = new Selections(server);
        this.saveSets = new SaveSets(server);
        this.input = new Input(server);
        this.graphics = new Graphics(server);
        this.fonts = new FontRequests(server);
        this.colormaps = new Colormaps(server);
        this.cursors = new Cursors(server);
        this.control = new ServerControl(server);
        org.sumac.x11.ext.CoreExtensions.registerAll(server);
    }

    void dispatch(Client c, RequestReader r, int major) {
        switch (major) {
            case 1 -> windows.createWindow(c, r);
            case 2 -> windows.changeWindowAttributes(c, r);
            case 3 -> windows.getWindowAttributes(c, r);
            case 4 -> windows.destroyWindow(c, r);
            case 5 -> windows.destroySubwindows(c, r);
            case 6 -> windows.changeSaveSet(c, r);
            case 7 -> windows.reparentWindow(c, r);
            case 8 -> windows.mapWindow(c, r);
            case 9 -> windows.mapSubwindows(c, r);
            case 10 -> windows.unmapWindow(c, r);
            case 11 -> windows.unmapSubwindows(c, r);
            case 12 -> windows.configureWindow(c, r);
            case 13 -> windows.circulateWindow(c, r);
            case 14 -> windows.getGeometry(c, r);
            case 15 -> windows.queryTree(c, r);
            case 16 -> properties.internAtom(c, r);
            case 17 -> properties.getAtomName(c, r);
            case 18 -> properties.changeProperty(c, r);
            case 19 -> properties.deleteProperty(c, r);
            case 20 -> properties.getProperty(c, r);
            case 21 -> properties.listProperties(c, r);
            case 22 -> selections.setSelectionOwner(c, r);
            case 23 -> selections.getSelectionOwner(c, r);
            case 24 -> selections.convertSelection(c, r);
            case 25 -> input.sendEvent(c, r);
            case 26 -> input.grabPointer(c, r);
            case 27 -> input.ungrabPointer(c, r);
            case 28 -> input.grabButton(c, r);
            case 29 -> input.ungrabButton(c, r);
            case 30 -> input.changeActivePointerGrab(c, r);
            case 31 -> input.grabKeyboard(c, r);
            case 32 -> input.ungrabKeyboard(c, r);
            case 33 -> input.grabKey(c, r);
            case 34 -> input.ungrabKey(c, r);
            case 35 -> input.allowEvents(c, r);
            case 36 -> { expect(r, 4); server.grabServer(c); }
            case 37 -> { expect(r, 4); server.ungrabServer(c); }
            case 38 -> input.queryPointer(c, r);
            case 39 -> input.getMotionEvents(c, r);
            case 40 -> windows.translateCoordinates(c, r);
            case 41 -> input.warpPointer(c, r);
            case 42 -> input.setInputFocus(c, r);
            case 43 -> input.getInputFocus(c, r);
            case 44 -> input.queryKeymap(c, r);
            case 45 -> fonts.openFont(c, r);
            case 46 -> fonts.closeFont(c, r);
            case 47 -> fonts.queryFont(c, r);
            case 48 -> fonts.queryTextExtents(c, r);
            case 49 -> fonts.listFonts(c, r);
            case 50 -> fonts.listFontsWithInfo(c, r);
            case 51 -> fonts.setFontPath(c, r);
            case 52 -> fonts.getFontPath(c, r);
            case 53 -> graphics.createPixmap(c, r);
            case 54 -> graphics.freePixmap(c, r);
            case 55 -> graphics.createGC(c, r);
            case 56 -> graphics.changeGC(c, r);
            case 57 -> graphics.copyGC(c, r);
            case 58 -> graphics.setDashes(c, r);
            case 59 -> graphics.setClipRectangles(c, r);
            case 60 -> graphics.freeGC(c, r);
            case 61 -> graphics.clearArea(c, r);
            case 62 -> graphics.copyArea(c, r);
            case 63 -> graphics.copyPlane(c, r);
            case 64 -> graphics.polyPoint(c, r);
            case 65 -> graphics.polyLine(c, r);
            case 66 -> graphics.polySegment(c, r);
            case 67 -> graphics.polyRectangle(c, r);
            case 68 -> graphics.polyArc(c, r);
            case 69 -> graphics.fillPoly(c, r);
            case 70 -> graphics.polyFillRectangle(c, r);
            case 71 -> graphics.polyFillArc(c, r);
            case 72 -> graphics.putImage(c, r);
            case 73 -> graphics.getImage(c, r);
            case 74 -> graphics.polyText(c, r, false);
            case 75 -> graphics.polyText(c, r, true);
            case 76 -> graphics.imageText(c, r, false);
            case 77 -> graphics.imageText(c, r, true);
            case 78 -> colormaps.createColormap(c, r);
            case 79 -> colormaps.freeColormap(c, r);
            case 80 -> colormaps.copyColormapAndFree(c, r);
            case 81 -> colormaps.installColormap(c, r);
            case 82 -> colormaps.uninstallColormap(c, r);
            case 83 -> colormaps.listInstalledColormaps(c, r);
            case 84 -> colormaps.allocColor(c, r);
            case 85 -> colormaps.allocNamedColor(c, r);
            case 86, 87 -> colormaps.allocCells(c, r);
            case 88 -> colormaps.freeColors(c, r);
            case 89, 90 -> colormaps.storeColors(c, r);
            case 91 -> colormaps.queryColors(c, r);
            case 92 -> colormaps.lookupColor(c, r);
            case 93 -> cursors.createCursor(c, r);
            case 94 -> cursors.createGlyphCursor(c, r);
            case 95 -> cursors.freeCursor(c, r);
            case 96 -> cursors.recolorCursor(c, r);
            case 97 -> cursors.queryBestSize(c, r);
            case 98 -> queryExtension(c, r);
            case 99 -> listExtensions(c, r);
            case 100 -> input.changeKeyboardMapping(c, r);
            case 101 -> input.getKeyboardMapping(c, r);
            case 102 -> input.changeKeyboardControl(c, r);
            case 103 -> input.getKeyboardControl(c, r);
            case 104 -> input.bell(c, r);
            case 105 -> input.changePointerControl(c, r);
            case 106 -> input.getPointerControl(c, r);
            case 107 -> control.setScreenSaver(c, r);
            case 108 -> control.getScreenSaver(c, r);
            case 109 -> control.changeHosts(c, r);
            case 110 -> control.listHosts(c, r);
            case 111 -> control.setAccessControl(c, r);
            case 112 -> control.setCloseDownMode(c, r);
            case 113 -> control.killClient(c, r);
            case 114 -> properties.rotateProperties(c, r);
            case 115 -> control.forceScreenSaver(c, r);
            case 116 -> input.setPointerMapping(c, r);
            case 117 -> input.getPointerMapping(c, r);
            case 118 -> input.setModifierMapping(c, r);
            case 119 -> input.getModifierMapping(c, r);
            case 127 -> { }
            default -> {
                Extensions.Extension ext = server.extensions.byOpcode(major);
                if (ext == null) throw new XError(XError.REQUEST, 0);
                ext.handler().dispatch(c, r, r.byteAt(1) & 0xff);
            }
        }
    }

    /** Checks the exact length of a fixed-size request. */
    public static void expect(RequestReader r, int bytes) {
        if (r.length() != bytes) throw XError.length();
    }

    /** Checks the minimum length of a variable-size request. */
    public static void atLeast(RequestReader r, int bytes) {
        if (r.length() < bytes) throw XError.length();
    }

    private void queryExtension(Client c, RequestReader r) {
        r.seek(4);
        int n = r.u16();
        r.skip(2);
        String name = r.string8(n);
        Extensions.Extension e = server.extensions.byName(name);
        ReplyWriter o = c.reply(0);
        if (e == null) o.u8(0).u8(0).u8(0).u8(0);
        else o.u8(1).u8(e.majorOpcode()).u8(e.firstEvent()).u8(e.firstError());
        c.sendReply(o);
    }

    private void listExtensions(Client c, RequestReader r) {
        expect(r, 4);
        var all = server.extensions.all().stream().map(Extensions.Extension::name).sorted().toList();
        ReplyWriter o = c.reply(all.size());
        o.zeros(24);
        for (String n : all) o.u8(n.length()).string8(n);
        c.sendReply(o);
    }

    /** Forgets everything a departing client had selected or owned outside its resources. */
    void clientClosed(Client c) {
        // Event selections go first so that save-set windows are not redirected back to a dead manager.
        for (Resource res : server.allResources()) {
            if (res instanceof org.sumac.x11.window.Window w) w.eventMasks.remove(c);
        }
        input.clientClosed(c);
        selections.clientClosed(c);
        saveSets.clientClosed(c);
        colormaps.clientClosed(c);
        server.extensions.clientClosed(c);
    }
}
