package org.sumac.x11.server;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.xproto.*;

import static org.sumac.x11.protocol.xproto.XprotoProtocol.*;

/**
 * The core protocol's requests, parsed by the generated {@link XprotoProtocol#dispatch}, handed to the area
 * handlers. Issue 12 converts the area handlers one file at a time; until a request is converted, {@link #raw}
 * routes it to its handler with the reader as before (so its checks and their order stay exactly as they were).
 *
 * <p>Converting a request: delete its line in {@link #raw}, and make its method below call the area handler with
 * the parsed record, as ServerControl's do. Lines are grouped by area file so that helpers converting different
 * files do not touch the same lines. CoreRequestsTest fails when a request is neither routed raw nor converted.
 */
final class CoreRequests implements XprotoHandler<Client> {
    private final XServer server;
    private final Dispatcher d;

    CoreRequests(XServer server, Dispatcher d) {
        this.server = server;
        this.d = d;
    }

    /** Requests whose area handler still decodes the raw reader; true when this took the request. */
    boolean raw(Client c, RequestReader r, int major) {
        switch (major) {
            // Dispatcher: NoOperation takes any length, as Xorg's (xcb-proto describes it as 4 bytes)
            case NO_OPERATION -> { }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A request routed through {@link #raw} never reaches its typed method. */
    private static IllegalStateException rawOnly() {
        return new IllegalStateException("request not converted yet: routed by CoreRequests.raw");
    }

    // ---- WindowRequests --------------------------------------------------------------------------

    @Override public void createWindow(Client c, CreateWindow q) { d.windows.createWindow(c, q); }
    @Override public void changeWindowAttributes(Client c, ChangeWindowAttributes q) { d.windows.changeWindowAttributes(c, q); }
    @Override public void getWindowAttributes(Client c, GetWindowAttributes q) { d.windows.getWindowAttributes(c, q); }
    @Override public void destroyWindow(Client c, DestroyWindow q) { d.windows.destroyWindow(c, q); }
    @Override public void destroySubwindows(Client c, DestroySubwindows q) { d.windows.destroySubwindows(c, q); }
    @Override public void changeSaveSet(Client c, ChangeSaveSet q) { d.windows.changeSaveSet(c, q); }
    @Override public void reparentWindow(Client c, ReparentWindow q) { d.windows.reparentWindow(c, q); }
    @Override public void mapWindow(Client c, MapWindow q) { d.windows.mapWindow(c, q); }
    @Override public void mapSubwindows(Client c, MapSubwindows q) { d.windows.mapSubwindows(c, q); }
    @Override public void unmapWindow(Client c, UnmapWindow q) { d.windows.unmapWindow(c, q); }
    @Override public void unmapSubwindows(Client c, UnmapSubwindows q) { d.windows.unmapSubwindows(c, q); }
    @Override public void configureWindow(Client c, ConfigureWindow q) { d.windows.configureWindow(c, q); }
    @Override public void circulateWindow(Client c, CirculateWindow q) { d.windows.circulateWindow(c, q); }
    @Override public void getGeometry(Client c, GetGeometry q) { d.windows.getGeometry(c, q); }
    @Override public void queryTree(Client c, QueryTree q) { d.windows.queryTree(c, q); }
    @Override public void translateCoordinates(Client c, TranslateCoordinates q) { d.windows.translateCoordinates(c, q); }

    // ---- PropertyRequests ------------------------------------------------------------------------

    @Override public void internAtom(Client c, InternAtom q) { d.properties.internAtom(c, q); }
    @Override public void getAtomName(Client c, GetAtomName q) { d.properties.getAtomName(c, q); }
    @Override public void changeProperty(Client c, ChangeProperty q) { d.properties.changeProperty(c, q); }
    @Override public void deleteProperty(Client c, DeleteProperty q) { d.properties.deleteProperty(c, q); }
    @Override public void getProperty(Client c, GetProperty q) { d.properties.getProperty(c, q); }
    @Override public void listProperties(Client c, ListProperties q) { d.properties.listProperties(c, q); }
    @Override public void rotateProperties(Client c, RotateProperties q) { d.properties.rotateProperties(c, q); }

    // ---- Selections ------------------------------------------------------------------------------

    @Override public void setSelectionOwner(Client c, SetSelectionOwner q) { d.selections.setSelectionOwner(c, q); }
    @Override public void getSelectionOwner(Client c, GetSelectionOwner q) { d.selections.getSelectionOwner(c, q); }
    @Override public void convertSelection(Client c, ConvertSelection q) { d.selections.convertSelection(c, q); }

    // ---- Input -----------------------------------------------------------------------------------

    @Override public void sendEvent(Client c, SendEvent q) { d.input.requests.sendEvent(c, q); }
    @Override public void grabPointer(Client c, GrabPointer q) { d.input.requests.grabPointer(c, q); }
    @Override public void ungrabPointer(Client c, UngrabPointer q) { d.input.requests.ungrabPointer(c, q); }
    @Override public void grabButton(Client c, GrabButton q) { d.input.requests.grabButton(c, q); }
    @Override public void ungrabButton(Client c, UngrabButton q) { d.input.requests.ungrabButton(c, q); }
    @Override public void changeActivePointerGrab(Client c, ChangeActivePointerGrab q) { d.input.requests.changeActivePointerGrab(c, q); }
    @Override public void grabKeyboard(Client c, GrabKeyboard q) { d.input.requests.grabKeyboard(c, q); }
    @Override public void ungrabKeyboard(Client c, UngrabKeyboard q) { d.input.requests.ungrabKeyboard(c, q); }
    @Override public void grabKey(Client c, GrabKey q) { d.input.requests.grabKey(c, q); }
    @Override public void ungrabKey(Client c, UngrabKey q) { d.input.requests.ungrabKey(c, q); }
    @Override public void allowEvents(Client c, AllowEvents q) { d.input.requests.allowEvents(c, q); }
    @Override public void queryPointer(Client c, QueryPointer q) { d.input.requests.queryPointer(c, q); }
    @Override public void getMotionEvents(Client c, GetMotionEvents q) { d.input.requests.getMotionEvents(c, q); }
    @Override public void warpPointer(Client c, WarpPointer q) { d.input.requests.warpPointer(c, q); }
    @Override public void setInputFocus(Client c, SetInputFocus q) { d.input.requests.setInputFocus(c, q); }
    @Override public void getInputFocus(Client c, GetInputFocus q) { d.input.requests.getInputFocus(c, q); }
    @Override public void queryKeymap(Client c, QueryKeymap q) { d.input.requests.queryKeymap(c, q); }
    @Override public void changeKeyboardMapping(Client c, ChangeKeyboardMapping q) { d.input.requests.changeKeyboardMapping(c, q); }
    @Override public void getKeyboardMapping(Client c, GetKeyboardMapping q) { d.input.requests.getKeyboardMapping(c, q); }
    @Override public void changeKeyboardControl(Client c, ChangeKeyboardControl q) { d.input.requests.changeKeyboardControl(c, q); }
    @Override public void getKeyboardControl(Client c, GetKeyboardControl q) { d.input.requests.getKeyboardControl(c, q); }
    @Override public void bell(Client c, Bell q) { d.input.requests.bell(c, q); }
    @Override public void changePointerControl(Client c, ChangePointerControl q) { d.input.requests.changePointerControl(c, q); }
    @Override public void getPointerControl(Client c, GetPointerControl q) { d.input.requests.getPointerControl(c, q); }
    @Override public void setPointerMapping(Client c, SetPointerMapping q) { d.input.requests.setPointerMapping(c, q); }
    @Override public void getPointerMapping(Client c, GetPointerMapping q) { d.input.requests.getPointerMapping(c, q); }
    @Override public void setModifierMapping(Client c, SetModifierMapping q) { d.input.requests.setModifierMapping(c, q); }
    @Override public void getModifierMapping(Client c, GetModifierMapping q) { d.input.requests.getModifierMapping(c, q); }

    // ---- Graphics --------------------------------------------------------------------------------

    @Override public void createPixmap(Client c, CreatePixmap q) { d.graphics.createPixmap(c, q); }
    @Override public void freePixmap(Client c, FreePixmap q) { d.graphics.freePixmap(c, q); }
    @Override public void createGC(Client c, CreateGC q) { d.graphics.createGC(c, q); }
    @Override public void changeGC(Client c, ChangeGC q) { d.graphics.changeGC(c, q); }
    @Override public void copyGC(Client c, CopyGC q) { d.graphics.copyGC(c, q); }
    @Override public void setDashes(Client c, SetDashes q) { d.graphics.setDashes(c, q); }
    @Override public void setClipRectangles(Client c, SetClipRectangles q) { d.graphics.setClipRectangles(c, q); }
    @Override public void freeGC(Client c, FreeGC q) { d.graphics.freeGC(c, q); }
    @Override public void clearArea(Client c, ClearArea q) { d.graphics.clearArea(c, q); }
    @Override public void copyArea(Client c, CopyArea q) { d.graphics.copyArea(c, q); }
    @Override public void copyPlane(Client c, CopyPlane q) { d.graphics.copyPlane(c, q); }
    @Override public void polyPoint(Client c, PolyPoint q) { d.graphics.polyPoint(c, q); }
    @Override public void polyLine(Client c, PolyLine q) { d.graphics.polyLine(c, q); }
    @Override public void polySegment(Client c, PolySegment q) { d.graphics.polySegment(c, q); }
    @Override public void polyRectangle(Client c, PolyRectangle q) { d.graphics.polyRectangle(c, q); }
    @Override public void polyArc(Client c, PolyArc q) { d.graphics.polyArc(c, q); }
    @Override public void fillPoly(Client c, FillPoly q) { d.graphics.fillPoly(c, q); }
    @Override public void polyFillRectangle(Client c, PolyFillRectangle q) { d.graphics.polyFillRectangle(c, q); }
    @Override public void polyFillArc(Client c, PolyFillArc q) { d.graphics.polyFillArc(c, q); }
    @Override public void putImage(Client c, PutImage q) { d.graphics.putImage(c, q); }
    @Override public void getImage(Client c, GetImage q) { d.graphics.getImage(c, q); }
    @Override public void polyText8(Client c, PolyText8 q) { d.graphics.polyText8(c, q); }
    @Override public void polyText16(Client c, PolyText16 q) { d.graphics.polyText16(c, q); }
    @Override public void imageText8(Client c, ImageText8 q) { d.graphics.imageText8(c, q); }
    @Override public void imageText16(Client c, ImageText16 q) { d.graphics.imageText16(c, q); }

    // ---- FontRequests ----------------------------------------------------------------------------

    @Override public void openFont(Client c, OpenFont q) { d.fonts.openFont(c, q); }
    @Override public void closeFont(Client c, CloseFont q) { d.fonts.closeFont(c, q); }
    @Override public void queryFont(Client c, QueryFont q) { d.fonts.queryFont(c, q); }
    @Override public void queryTextExtents(Client c, QueryTextExtents q) { d.fonts.queryTextExtents(c, q); }
    @Override public void listFonts(Client c, ListFonts q) { d.fonts.listFonts(c, q); }
    @Override public void listFontsWithInfo(Client c, ListFontsWithInfo q) { d.fonts.listFontsWithInfo(c, q); }
    @Override public void setFontPath(Client c, SetFontPath q) { d.fonts.setFontPath(c, q); }
    @Override public void getFontPath(Client c, GetFontPath q) { d.fonts.getFontPath(c, q); }

    // ---- Colormaps -------------------------------------------------------------------------------

    @Override public void createColormap(Client c, CreateColormap q) { d.colormaps.createColormap(c, q); }
    @Override public void freeColormap(Client c, FreeColormap q) { d.colormaps.freeColormap(c, q); }
    @Override public void copyColormapAndFree(Client c, CopyColormapAndFree q) { d.colormaps.copyColormapAndFree(c, q); }
    @Override public void installColormap(Client c, InstallColormap q) { d.colormaps.installColormap(c, q); }
    @Override public void uninstallColormap(Client c, UninstallColormap q) { d.colormaps.uninstallColormap(c, q); }
    @Override public void listInstalledColormaps(Client c, ListInstalledColormaps q) { d.colormaps.listInstalledColormaps(c, q); }
    @Override public void allocColor(Client c, AllocColor q) { d.colormaps.allocColor(c, q); }
    @Override public void allocNamedColor(Client c, AllocNamedColor q) { d.colormaps.allocNamedColor(c, q); }
    @Override public void allocColorCells(Client c, AllocColorCells q) { d.colormaps.allocColorCells(c, q); }
    @Override public void allocColorPlanes(Client c, AllocColorPlanes q) { d.colormaps.allocColorPlanes(c, q); }
    @Override public void freeColors(Client c, FreeColors q) { d.colormaps.freeColors(c, q); }
    @Override public void storeColors(Client c, StoreColors q) { d.colormaps.storeColors(c, q); }
    @Override public void storeNamedColor(Client c, StoreNamedColor q) { d.colormaps.storeNamedColor(c, q); }
    @Override public void queryColors(Client c, QueryColors q) { d.colormaps.queryColors(c, q); }
    @Override public void lookupColor(Client c, LookupColor q) { d.colormaps.lookupColor(c, q); }

    // ---- Cursors ---------------------------------------------------------------------------------

    @Override public void createCursor(Client c, CreateCursor q) { d.cursors.createCursor(c, q); }
    @Override public void createGlyphCursor(Client c, CreateGlyphCursor q) { d.cursors.createGlyphCursor(c, q); }
    @Override public void freeCursor(Client c, FreeCursor q) { d.cursors.freeCursor(c, q); }
    @Override public void recolorCursor(Client c, RecolorCursor q) { d.cursors.recolorCursor(c, q); }
    @Override public void queryBestSize(Client c, QueryBestSize q) { d.cursors.queryBestSize(c, q); }

    // ---- ServerControl ----------------------------------------------------------------------------

    @Override public void setScreenSaver(Client c, SetScreenSaver q) { d.control.setScreenSaver(c, q); }
    @Override public void getScreenSaver(Client c, GetScreenSaver q) { d.control.getScreenSaver(c, q); }
    @Override public void changeHosts(Client c, ChangeHosts q) { d.control.changeHosts(c, q); }
    @Override public void listHosts(Client c, ListHosts q) { d.control.listHosts(c, q); }
    @Override public void setAccessControl(Client c, SetAccessControl q) { d.control.setAccessControl(c, q); }
    @Override public void setCloseDownMode(Client c, SetCloseDownMode q) { d.control.setCloseDownMode(c, q); }
    @Override public void killClient(Client c, KillClient q) { d.control.killClient(c, q); }
    @Override public void forceScreenSaver(Client c, ForceScreenSaver q) { d.control.forceScreenSaver(c, q); }

    // ---- Dispatcher -------------------------------------------------------------------------------

    @Override public void grabServer(Client c, GrabServer q) { server.grabServer(c); }
    @Override public void ungrabServer(Client c, UngrabServer q) { server.ungrabServer(c); }
    @Override public void queryExtension(Client c, QueryExtension q) { d.queryExtension(c, q); }
    @Override public void listExtensions(Client c, ListExtensions q) { d.listExtensions(c, q); }
    @Override public void noOperation(Client c, NoOperation q) { throw rawOnly(); }
}
