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
        var windows = d.windows;
        var properties = d.properties;
        var selections = d.selections;
        var fonts = d.fonts;
        switch (major) {
            // WindowRequests
            case CREATE_WINDOW -> windows.createWindow(c, r);
            case CHANGE_WINDOW_ATTRIBUTES -> windows.changeWindowAttributes(c, r);
            case GET_WINDOW_ATTRIBUTES -> windows.getWindowAttributes(c, r);
            case DESTROY_WINDOW -> windows.destroyWindow(c, r);
            case DESTROY_SUBWINDOWS -> windows.destroySubwindows(c, r);
            case CHANGE_SAVE_SET -> windows.changeSaveSet(c, r);
            case REPARENT_WINDOW -> windows.reparentWindow(c, r);
            case MAP_WINDOW -> windows.mapWindow(c, r);
            case MAP_SUBWINDOWS -> windows.mapSubwindows(c, r);
            case UNMAP_WINDOW -> windows.unmapWindow(c, r);
            case UNMAP_SUBWINDOWS -> windows.unmapSubwindows(c, r);
            case CONFIGURE_WINDOW -> windows.configureWindow(c, r);
            case CIRCULATE_WINDOW -> windows.circulateWindow(c, r);
            case GET_GEOMETRY -> windows.getGeometry(c, r);
            case QUERY_TREE -> windows.queryTree(c, r);
            case TRANSLATE_COORDINATES -> windows.translateCoordinates(c, r);
            // PropertyRequests
            case INTERN_ATOM -> properties.internAtom(c, r);
            case GET_ATOM_NAME -> properties.getAtomName(c, r);
            case CHANGE_PROPERTY -> properties.changeProperty(c, r);
            case DELETE_PROPERTY -> properties.deleteProperty(c, r);
            case GET_PROPERTY -> properties.getProperty(c, r);
            case LIST_PROPERTIES -> properties.listProperties(c, r);
            case ROTATE_PROPERTIES -> properties.rotateProperties(c, r);
            // Selections
            case SET_SELECTION_OWNER -> selections.setSelectionOwner(c, r);
            case GET_SELECTION_OWNER -> selections.getSelectionOwner(c, r);
            case CONVERT_SELECTION -> selections.convertSelection(c, r);
            // FontRequests
            case OPEN_FONT -> fonts.openFont(c, r);
            case CLOSE_FONT -> fonts.closeFont(c, r);
            case QUERY_FONT -> fonts.queryFont(c, r);
            case QUERY_TEXT_EXTENTS -> fonts.queryTextExtents(c, r);
            case LIST_FONTS -> fonts.listFonts(c, r);
            case LIST_FONTS_WITH_INFO -> fonts.listFontsWithInfo(c, r);
            case SET_FONT_PATH -> fonts.setFontPath(c, r);
            case GET_FONT_PATH -> fonts.getFontPath(c, r);
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

    @Override public void createWindow(Client c, CreateWindow q) { throw rawOnly(); }
    @Override public void changeWindowAttributes(Client c, ChangeWindowAttributes q) { throw rawOnly(); }
    @Override public void getWindowAttributes(Client c, GetWindowAttributes q) { throw rawOnly(); }
    @Override public void destroyWindow(Client c, DestroyWindow q) { throw rawOnly(); }
    @Override public void destroySubwindows(Client c, DestroySubwindows q) { throw rawOnly(); }
    @Override public void changeSaveSet(Client c, ChangeSaveSet q) { throw rawOnly(); }
    @Override public void reparentWindow(Client c, ReparentWindow q) { throw rawOnly(); }
    @Override public void mapWindow(Client c, MapWindow q) { throw rawOnly(); }
    @Override public void mapSubwindows(Client c, MapSubwindows q) { throw rawOnly(); }
    @Override public void unmapWindow(Client c, UnmapWindow q) { throw rawOnly(); }
    @Override public void unmapSubwindows(Client c, UnmapSubwindows q) { throw rawOnly(); }
    @Override public void configureWindow(Client c, ConfigureWindow q) { throw rawOnly(); }
    @Override public void circulateWindow(Client c, CirculateWindow q) { throw rawOnly(); }
    @Override public void getGeometry(Client c, GetGeometry q) { throw rawOnly(); }
    @Override public void queryTree(Client c, QueryTree q) { throw rawOnly(); }
    @Override public void translateCoordinates(Client c, TranslateCoordinates q) { throw rawOnly(); }

    // ---- PropertyRequests ------------------------------------------------------------------------

    @Override public void internAtom(Client c, InternAtom q) { throw rawOnly(); }
    @Override public void getAtomName(Client c, GetAtomName q) { throw rawOnly(); }
    @Override public void changeProperty(Client c, ChangeProperty q) { throw rawOnly(); }
    @Override public void deleteProperty(Client c, DeleteProperty q) { throw rawOnly(); }
    @Override public void getProperty(Client c, GetProperty q) { throw rawOnly(); }
    @Override public void listProperties(Client c, ListProperties q) { throw rawOnly(); }
    @Override public void rotateProperties(Client c, RotateProperties q) { throw rawOnly(); }

    // ---- Selections ------------------------------------------------------------------------------

    @Override public void setSelectionOwner(Client c, SetSelectionOwner q) { throw rawOnly(); }
    @Override public void getSelectionOwner(Client c, GetSelectionOwner q) { throw rawOnly(); }
    @Override public void convertSelection(Client c, ConvertSelection q) { throw rawOnly(); }

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

    @Override public void openFont(Client c, OpenFont q) { throw rawOnly(); }
    @Override public void closeFont(Client c, CloseFont q) { throw rawOnly(); }
    @Override public void queryFont(Client c, QueryFont q) { throw rawOnly(); }
    @Override public void queryTextExtents(Client c, QueryTextExtents q) { throw rawOnly(); }
    @Override public void listFonts(Client c, ListFonts q) { throw rawOnly(); }
    @Override public void listFontsWithInfo(Client c, ListFontsWithInfo q) { throw rawOnly(); }
    @Override public void setFontPath(Client c, SetFontPath q) { throw rawOnly(); }
    @Override public void getFontPath(Client c, GetFontPath q) { throw rawOnly(); }

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
