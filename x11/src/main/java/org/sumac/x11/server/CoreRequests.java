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
        var windows = d.windows;
        var properties = d.properties;
        var selections = d.selections;
        var input = d.input.requests;
        var fonts = d.fonts;
        var colormaps = d.colormaps;
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
            // FontRequests
            case OPEN_FONT -> fonts.openFont(c, r);
            case CLOSE_FONT -> fonts.closeFont(c, r);
            case QUERY_FONT -> fonts.queryFont(c, r);
            case QUERY_TEXT_EXTENTS -> fonts.queryTextExtents(c, r);
            case LIST_FONTS -> fonts.listFonts(c, r);
            case LIST_FONTS_WITH_INFO -> fonts.listFontsWithInfo(c, r);
            case SET_FONT_PATH -> fonts.setFontPath(c, r);
            case GET_FONT_PATH -> fonts.getFontPath(c, r);
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
