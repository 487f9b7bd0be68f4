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
 * files do not touch the same lines.
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
        var input = d.input.requests;
        var graphics = d.graphics;
        var colormaps = d.colormaps;
        var cursors = d.cursors;
        switch (major) {
            // WindowRequests: the window is looked up before the value list is counted, as on Xorg
            case CREATE_WINDOW -> d.windows.createWindow(c, d.windows.parseWindowFirst(r, 8, 32, CreateWindow::parse));
            case CHANGE_WINDOW_ATTRIBUTES -> d.windows.changeWindowAttributes(c,
                d.windows.parseWindowFirst(r, 4, 12, ChangeWindowAttributes::parse));
            case CONFIGURE_WINDOW -> d.windows.configureWindow(c, d.windows.parseWindowFirst(r, 4, 12, ConfigureWindow::parse));
            // Input
            case SEND_EVENT -> input.sendEvent(c, r);
            case GRAB_POINTER -> input.grabPointer(c, r);
            case UNGRAB_POINTER -> input.ungrabPointer(c, r);
            case GRAB_BUTTON -> input.grabButton(c, r);
            case UNGRAB_BUTTON -> input.ungrabButton(c, r);
            case CHANGE_ACTIVE_POINTER_GRAB -> input.changeActivePointerGrab(c, r);
            case GRAB_KEYBOARD -> input.grabKeyboard(c, r);
            case UNGRAB_KEYBOARD -> input.ungrabKeyboard(c, r);
            case GRAB_KEY -> input.grabKey(c, r);
            case UNGRAB_KEY -> input.ungrabKey(c, r);
            case ALLOW_EVENTS -> input.allowEvents(c, r);
            case QUERY_POINTER -> input.queryPointer(c, r);
            case GET_MOTION_EVENTS -> input.getMotionEvents(c, r);
            case WARP_POINTER -> input.warpPointer(c, r);
            case SET_INPUT_FOCUS -> input.setInputFocus(c, r);
            case GET_INPUT_FOCUS -> input.getInputFocus(c, r);
            case QUERY_KEYMAP -> input.queryKeymap(c, r);
            case CHANGE_KEYBOARD_MAPPING -> input.changeKeyboardMapping(c, r);
            case GET_KEYBOARD_MAPPING -> input.getKeyboardMapping(c, r);
            case CHANGE_KEYBOARD_CONTROL -> input.changeKeyboardControl(c, r);
            case GET_KEYBOARD_CONTROL -> input.getKeyboardControl(c, r);
            case BELL -> input.bell(c, r);
            case CHANGE_POINTER_CONTROL -> input.changePointerControl(c, r);
            case GET_POINTER_CONTROL -> input.getPointerControl(c, r);
            case SET_POINTER_MAPPING -> input.setPointerMapping(c, r);
            case GET_POINTER_MAPPING -> input.getPointerMapping(c, r);
            case SET_MODIFIER_MAPPING -> input.setModifierMapping(c, r);
            case GET_MODIFIER_MAPPING -> input.getModifierMapping(c, r);
            // Graphics
            case CREATE_PIXMAP -> graphics.createPixmap(c, r);
            case FREE_PIXMAP -> graphics.freePixmap(c, r);
            case CREATE_GC -> graphics.createGC(c, r);
            case CHANGE_GC -> graphics.changeGC(c, r);
            case COPY_GC -> graphics.copyGC(c, r);
            case SET_DASHES -> graphics.setDashes(c, r);
            case SET_CLIP_RECTANGLES -> graphics.setClipRectangles(c, r);
            case FREE_GC -> graphics.freeGC(c, r);
            case CLEAR_AREA -> graphics.clearArea(c, r);
            case COPY_AREA -> graphics.copyArea(c, r);
            case COPY_PLANE -> graphics.copyPlane(c, r);
            case POLY_POINT -> graphics.polyPoint(c, r);
            case POLY_LINE -> graphics.polyLine(c, r);
            case POLY_SEGMENT -> graphics.polySegment(c, r);
            case POLY_RECTANGLE -> graphics.polyRectangle(c, r);
            case POLY_ARC -> graphics.polyArc(c, r);
            case FILL_POLY -> graphics.fillPoly(c, r);
            case POLY_FILL_RECTANGLE -> graphics.polyFillRectangle(c, r);
            case POLY_FILL_ARC -> graphics.polyFillArc(c, r);
            case PUT_IMAGE -> graphics.putImage(c, r);
            case GET_IMAGE -> graphics.getImage(c, r);
            case POLY_TEXT8 -> graphics.polyText(c, r, false);
            case POLY_TEXT16 -> graphics.polyText(c, r, true);
            case IMAGE_TEXT8 -> graphics.imageText(c, r, false);
            case IMAGE_TEXT16 -> graphics.imageText(c, r, true);
            // Colormaps
            case CREATE_COLORMAP -> colormaps.createColormap(c, r);
            case FREE_COLORMAP -> colormaps.freeColormap(c, r);
            case COPY_COLORMAP_AND_FREE -> colormaps.copyColormapAndFree(c, r);
            case INSTALL_COLORMAP -> colormaps.installColormap(c, r);
            case UNINSTALL_COLORMAP -> colormaps.uninstallColormap(c, r);
            case LIST_INSTALLED_COLORMAPS -> colormaps.listInstalledColormaps(c, r);
            case ALLOC_COLOR -> colormaps.allocColor(c, r);
            case ALLOC_NAMED_COLOR -> colormaps.allocNamedColor(c, r);
            case ALLOC_COLOR_CELLS -> colormaps.allocCells(c, r);
            case ALLOC_COLOR_PLANES -> colormaps.allocCells(c, r);
            case FREE_COLORS -> colormaps.freeColors(c, r);
            case STORE_COLORS -> colormaps.storeColors(c, r);
            case STORE_NAMED_COLOR -> colormaps.storeColors(c, r);
            case QUERY_COLORS -> colormaps.queryColors(c, r);
            case LOOKUP_COLOR -> colormaps.lookupColor(c, r);
            // Cursors
            case CREATE_CURSOR -> cursors.createCursor(c, r);
            case CREATE_GLYPH_CURSOR -> cursors.createGlyphCursor(c, r);
            case FREE_CURSOR -> cursors.freeCursor(c, r);
            case RECOLOR_CURSOR -> cursors.recolorCursor(c, r);
            case QUERY_BEST_SIZE -> cursors.queryBestSize(c, r);
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

    @Override public void sendEvent(Client c, SendEvent q) { throw rawOnly(); }
    @Override public void grabPointer(Client c, GrabPointer q) { throw rawOnly(); }
    @Override public void ungrabPointer(Client c, UngrabPointer q) { throw rawOnly(); }
    @Override public void grabButton(Client c, GrabButton q) { throw rawOnly(); }
    @Override public void ungrabButton(Client c, UngrabButton q) { throw rawOnly(); }
    @Override public void changeActivePointerGrab(Client c, ChangeActivePointerGrab q) { throw rawOnly(); }
    @Override public void grabKeyboard(Client c, GrabKeyboard q) { throw rawOnly(); }
    @Override public void ungrabKeyboard(Client c, UngrabKeyboard q) { throw rawOnly(); }
    @Override public void grabKey(Client c, GrabKey q) { throw rawOnly(); }
    @Override public void ungrabKey(Client c, UngrabKey q) { throw rawOnly(); }
    @Override public void allowEvents(Client c, AllowEvents q) { throw rawOnly(); }
    @Override public void queryPointer(Client c, QueryPointer q) { throw rawOnly(); }
    @Override public void getMotionEvents(Client c, GetMotionEvents q) { throw rawOnly(); }
    @Override public void warpPointer(Client c, WarpPointer q) { throw rawOnly(); }
    @Override public void setInputFocus(Client c, SetInputFocus q) { throw rawOnly(); }
    @Override public void getInputFocus(Client c, GetInputFocus q) { throw rawOnly(); }
    @Override public void queryKeymap(Client c, QueryKeymap q) { throw rawOnly(); }
    @Override public void changeKeyboardMapping(Client c, ChangeKeyboardMapping q) { throw rawOnly(); }
    @Override public void getKeyboardMapping(Client c, GetKeyboardMapping q) { throw rawOnly(); }
    @Override public void changeKeyboardControl(Client c, ChangeKeyboardControl q) { throw rawOnly(); }
    @Override public void getKeyboardControl(Client c, GetKeyboardControl q) { throw rawOnly(); }
    @Override public void bell(Client c, Bell q) { throw rawOnly(); }
    @Override public void changePointerControl(Client c, ChangePointerControl q) { throw rawOnly(); }
    @Override public void getPointerControl(Client c, GetPointerControl q) { throw rawOnly(); }
    @Override public void setPointerMapping(Client c, SetPointerMapping q) { throw rawOnly(); }
    @Override public void getPointerMapping(Client c, GetPointerMapping q) { throw rawOnly(); }
    @Override public void setModifierMapping(Client c, SetModifierMapping q) { throw rawOnly(); }
    @Override public void getModifierMapping(Client c, GetModifierMapping q) { throw rawOnly(); }

    // ---- Graphics --------------------------------------------------------------------------------

    @Override public void createPixmap(Client c, CreatePixmap q) { throw rawOnly(); }
    @Override public void freePixmap(Client c, FreePixmap q) { throw rawOnly(); }
    @Override public void createGC(Client c, CreateGC q) { throw rawOnly(); }
    @Override public void changeGC(Client c, ChangeGC q) { throw rawOnly(); }
    @Override public void copyGC(Client c, CopyGC q) { throw rawOnly(); }
    @Override public void setDashes(Client c, SetDashes q) { throw rawOnly(); }
    @Override public void setClipRectangles(Client c, SetClipRectangles q) { throw rawOnly(); }
    @Override public void freeGC(Client c, FreeGC q) { throw rawOnly(); }
    @Override public void clearArea(Client c, ClearArea q) { throw rawOnly(); }
    @Override public void copyArea(Client c, CopyArea q) { throw rawOnly(); }
    @Override public void copyPlane(Client c, CopyPlane q) { throw rawOnly(); }
    @Override public void polyPoint(Client c, PolyPoint q) { throw rawOnly(); }
    @Override public void polyLine(Client c, PolyLine q) { throw rawOnly(); }
    @Override public void polySegment(Client c, PolySegment q) { throw rawOnly(); }
    @Override public void polyRectangle(Client c, PolyRectangle q) { throw rawOnly(); }
    @Override public void polyArc(Client c, PolyArc q) { throw rawOnly(); }
    @Override public void fillPoly(Client c, FillPoly q) { throw rawOnly(); }
    @Override public void polyFillRectangle(Client c, PolyFillRectangle q) { throw rawOnly(); }
    @Override public void polyFillArc(Client c, PolyFillArc q) { throw rawOnly(); }
    @Override public void putImage(Client c, PutImage q) { throw rawOnly(); }
    @Override public void getImage(Client c, GetImage q) { throw rawOnly(); }
    @Override public void polyText8(Client c, PolyText8 q) { throw rawOnly(); }
    @Override public void polyText16(Client c, PolyText16 q) { throw rawOnly(); }
    @Override public void imageText8(Client c, ImageText8 q) { throw rawOnly(); }
    @Override public void imageText16(Client c, ImageText16 q) { throw rawOnly(); }

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

    @Override public void createColormap(Client c, CreateColormap q) { throw rawOnly(); }
    @Override public void freeColormap(Client c, FreeColormap q) { throw rawOnly(); }
    @Override public void copyColormapAndFree(Client c, CopyColormapAndFree q) { throw rawOnly(); }
    @Override public void installColormap(Client c, InstallColormap q) { throw rawOnly(); }
    @Override public void uninstallColormap(Client c, UninstallColormap q) { throw rawOnly(); }
    @Override public void listInstalledColormaps(Client c, ListInstalledColormaps q) { throw rawOnly(); }
    @Override public void allocColor(Client c, AllocColor q) { throw rawOnly(); }
    @Override public void allocNamedColor(Client c, AllocNamedColor q) { throw rawOnly(); }
    @Override public void allocColorCells(Client c, AllocColorCells q) { throw rawOnly(); }
    @Override public void allocColorPlanes(Client c, AllocColorPlanes q) { throw rawOnly(); }
    @Override public void freeColors(Client c, FreeColors q) { throw rawOnly(); }
    @Override public void storeColors(Client c, StoreColors q) { throw rawOnly(); }
    @Override public void storeNamedColor(Client c, StoreNamedColor q) { throw rawOnly(); }
    @Override public void queryColors(Client c, QueryColors q) { throw rawOnly(); }
    @Override public void lookupColor(Client c, LookupColor q) { throw rawOnly(); }

    // ---- Cursors ---------------------------------------------------------------------------------

    @Override public void createCursor(Client c, CreateCursor q) { throw rawOnly(); }
    @Override public void createGlyphCursor(Client c, CreateGlyphCursor q) { throw rawOnly(); }
    @Override public void freeCursor(Client c, FreeCursor q) { throw rawOnly(); }
    @Override public void recolorCursor(Client c, RecolorCursor q) { throw rawOnly(); }
    @Override public void queryBestSize(Client c, QueryBestSize q) { throw rawOnly(); }

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
