// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The core X protocol: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class XprotoProtocol {
    private XprotoProtocol() { }

    // Major opcodes.
    public static final int CREATE_WINDOW = 1;
    public static final int CHANGE_WINDOW_ATTRIBUTES = 2;
    public static final int GET_WINDOW_ATTRIBUTES = 3;
    public static final int DESTROY_WINDOW = 4;
    public static final int DESTROY_SUBWINDOWS = 5;
    public static final int CHANGE_SAVE_SET = 6;
    public static final int REPARENT_WINDOW = 7;
    public static final int MAP_WINDOW = 8;
    public static final int MAP_SUBWINDOWS = 9;
    public static final int UNMAP_WINDOW = 10;
    public static final int UNMAP_SUBWINDOWS = 11;
    public static final int CONFIGURE_WINDOW = 12;
    public static final int CIRCULATE_WINDOW = 13;
    public static final int GET_GEOMETRY = 14;
    public static final int QUERY_TREE = 15;
    public static final int INTERN_ATOM = 16;
    public static final int GET_ATOM_NAME = 17;
    public static final int CHANGE_PROPERTY = 18;
    public static final int DELETE_PROPERTY = 19;
    public static final int GET_PROPERTY = 20;
    public static final int LIST_PROPERTIES = 21;
    public static final int SET_SELECTION_OWNER = 22;
    public static final int GET_SELECTION_OWNER = 23;
    public static final int CONVERT_SELECTION = 24;
    public static final int SEND_EVENT = 25;
    public static final int GRAB_POINTER = 26;
    public static final int UNGRAB_POINTER = 27;
    public static final int GRAB_BUTTON = 28;
    public static final int UNGRAB_BUTTON = 29;
    public static final int CHANGE_ACTIVE_POINTER_GRAB = 30;
    public static final int GRAB_KEYBOARD = 31;
    public static final int UNGRAB_KEYBOARD = 32;
    public static final int GRAB_KEY = 33;
    public static final int UNGRAB_KEY = 34;
    public static final int ALLOW_EVENTS = 35;
    public static final int GRAB_SERVER = 36;
    public static final int UNGRAB_SERVER = 37;
    public static final int QUERY_POINTER = 38;
    public static final int GET_MOTION_EVENTS = 39;
    public static final int TRANSLATE_COORDINATES = 40;
    public static final int WARP_POINTER = 41;
    public static final int SET_INPUT_FOCUS = 42;
    public static final int GET_INPUT_FOCUS = 43;
    public static final int QUERY_KEYMAP = 44;
    public static final int OPEN_FONT = 45;
    public static final int CLOSE_FONT = 46;
    public static final int QUERY_FONT = 47;
    public static final int QUERY_TEXT_EXTENTS = 48;
    public static final int LIST_FONTS = 49;
    public static final int LIST_FONTS_WITH_INFO = 50;
    public static final int SET_FONT_PATH = 51;
    public static final int GET_FONT_PATH = 52;
    public static final int CREATE_PIXMAP = 53;
    public static final int FREE_PIXMAP = 54;
    public static final int CREATE_GC = 55;
    public static final int CHANGE_GC = 56;
    public static final int COPY_GC = 57;
    public static final int SET_DASHES = 58;
    public static final int SET_CLIP_RECTANGLES = 59;
    public static final int FREE_GC = 60;
    public static final int CLEAR_AREA = 61;
    public static final int COPY_AREA = 62;
    public static final int COPY_PLANE = 63;
    public static final int POLY_POINT = 64;
    public static final int POLY_LINE = 65;
    public static final int POLY_SEGMENT = 66;
    public static final int POLY_RECTANGLE = 67;
    public static final int POLY_ARC = 68;
    public static final int FILL_POLY = 69;
    public static final int POLY_FILL_RECTANGLE = 70;
    public static final int POLY_FILL_ARC = 71;
    public static final int PUT_IMAGE = 72;
    public static final int GET_IMAGE = 73;
    public static final int POLY_TEXT8 = 74;
    public static final int POLY_TEXT16 = 75;
    public static final int IMAGE_TEXT8 = 76;
    public static final int IMAGE_TEXT16 = 77;
    public static final int CREATE_COLORMAP = 78;
    public static final int FREE_COLORMAP = 79;
    public static final int COPY_COLORMAP_AND_FREE = 80;
    public static final int INSTALL_COLORMAP = 81;
    public static final int UNINSTALL_COLORMAP = 82;
    public static final int LIST_INSTALLED_COLORMAPS = 83;
    public static final int ALLOC_COLOR = 84;
    public static final int ALLOC_NAMED_COLOR = 85;
    public static final int ALLOC_COLOR_CELLS = 86;
    public static final int ALLOC_COLOR_PLANES = 87;
    public static final int FREE_COLORS = 88;
    public static final int STORE_COLORS = 89;
    public static final int STORE_NAMED_COLOR = 90;
    public static final int QUERY_COLORS = 91;
    public static final int LOOKUP_COLOR = 92;
    public static final int CREATE_CURSOR = 93;
    public static final int CREATE_GLYPH_CURSOR = 94;
    public static final int FREE_CURSOR = 95;
    public static final int RECOLOR_CURSOR = 96;
    public static final int QUERY_BEST_SIZE = 97;
    public static final int QUERY_EXTENSION = 98;
    public static final int LIST_EXTENSIONS = 99;
    public static final int CHANGE_KEYBOARD_MAPPING = 100;
    public static final int GET_KEYBOARD_MAPPING = 101;
    public static final int CHANGE_KEYBOARD_CONTROL = 102;
    public static final int GET_KEYBOARD_CONTROL = 103;
    public static final int BELL = 104;
    public static final int CHANGE_POINTER_CONTROL = 105;
    public static final int GET_POINTER_CONTROL = 106;
    public static final int SET_SCREEN_SAVER = 107;
    public static final int GET_SCREEN_SAVER = 108;
    public static final int CHANGE_HOSTS = 109;
    public static final int LIST_HOSTS = 110;
    public static final int SET_ACCESS_CONTROL = 111;
    public static final int SET_CLOSE_DOWN_MODE = 112;
    public static final int KILL_CLIENT = 113;
    public static final int ROTATE_PROPERTIES = 114;
    public static final int FORCE_SCREEN_SAVER = 115;
    public static final int SET_POINTER_MAPPING = 116;
    public static final int GET_POINTER_MAPPING = 117;
    public static final int SET_MODIFIER_MAPPING = 118;
    public static final int GET_MODIFIER_MAPPING = 119;
    public static final int NO_OPERATION = 127;

    // Event numbers.
    public static final int EVENT_KEY_PRESS = 2;
    public static final int EVENT_KEY_RELEASE = 3;
    public static final int EVENT_BUTTON_PRESS = 4;
    public static final int EVENT_BUTTON_RELEASE = 5;
    public static final int EVENT_MOTION_NOTIFY = 6;
    public static final int EVENT_ENTER_NOTIFY = 7;
    public static final int EVENT_LEAVE_NOTIFY = 8;
    public static final int EVENT_FOCUS_IN = 9;
    public static final int EVENT_FOCUS_OUT = 10;
    public static final int EVENT_KEYMAP_NOTIFY = 11;
    public static final int EVENT_EXPOSE = 12;
    public static final int EVENT_GRAPHICS_EXPOSURE = 13;
    public static final int EVENT_NO_EXPOSURE = 14;
    public static final int EVENT_VISIBILITY_NOTIFY = 15;
    public static final int EVENT_CREATE_NOTIFY = 16;
    public static final int EVENT_DESTROY_NOTIFY = 17;
    public static final int EVENT_UNMAP_NOTIFY = 18;
    public static final int EVENT_MAP_NOTIFY = 19;
    public static final int EVENT_MAP_REQUEST = 20;
    public static final int EVENT_REPARENT_NOTIFY = 21;
    public static final int EVENT_CONFIGURE_NOTIFY = 22;
    public static final int EVENT_CONFIGURE_REQUEST = 23;
    public static final int EVENT_GRAVITY_NOTIFY = 24;
    public static final int EVENT_RESIZE_REQUEST = 25;
    public static final int EVENT_CIRCULATE_NOTIFY = 26;
    public static final int EVENT_CIRCULATE_REQUEST = 27;
    public static final int EVENT_PROPERTY_NOTIFY = 28;
    public static final int EVENT_SELECTION_CLEAR = 29;
    public static final int EVENT_SELECTION_REQUEST = 30;
    public static final int EVENT_SELECTION_NOTIFY = 31;
    public static final int EVENT_COLORMAP_NOTIFY = 32;
    public static final int EVENT_CLIENT_MESSAGE = 33;
    public static final int EVENT_MAPPING_NOTIFY = 34;
    public static final int EVENT_GE_GENERIC = 35;

    // Error codes.
    public static final int ERROR_REQUEST = 1;
    public static final int ERROR_VALUE = 2;
    public static final int ERROR_WINDOW = 3;
    public static final int ERROR_PIXMAP = 4;
    public static final int ERROR_ATOM = 5;
    public static final int ERROR_CURSOR = 6;
    public static final int ERROR_FONT = 7;
    public static final int ERROR_MATCH = 8;
    public static final int ERROR_DRAWABLE = 9;
    public static final int ERROR_ACCESS = 10;
    public static final int ERROR_ALLOC = 11;
    public static final int ERROR_COLORMAP = 12;
    public static final int ERROR_G_CONTEXT = 13;
    public static final int ERROR_ID_CHOICE = 14;
    public static final int ERROR_NAME = 15;
    public static final int ERROR_LENGTH = 16;
    public static final int ERROR_IMPLEMENTATION = 17;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 2, 3, 4, 5, 6, 7, 8 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 2, 2, 2, 2, 2, 1, 1};
            case 9, 10, 15 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 11 -> new byte[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 12 -> new byte[] {1, 1, 2, 4, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 13 -> new byte[] {1, 1, 2, 4, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 14 -> new byte[] {1, 1, 2, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 16 -> new byte[] {1, 1, 2, 4, 4, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 17, 18, 19, 20, 26, 27, 32 -> new byte[] {1, 1, 2, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 21 -> new byte[] {1, 1, 2, 4, 4, 4, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 22 -> new byte[] {1, 1, 2, 4, 4, 4, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1};
            case 23 -> new byte[] {1, 1, 2, 4, 4, 4, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1};
            case 24 -> new byte[] {1, 1, 2, 4, 4, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 25 -> new byte[] {1, 1, 2, 4, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 28, 29 -> new byte[] {1, 1, 2, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 30 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1};
            case 31 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1};
            case 34 -> new byte[] {1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this protocol (its length checked) and calls the handler's method for it.
     * An opcode the core protocol does not define is BadRequest.
     */
    public static <C> void dispatch(XprotoHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case CREATE_WINDOW -> {
                CreateWindow q_ = CreateWindow.parse(r);
                h.createWindow(client, q_);
                q_.valueList();
            }
            case CHANGE_WINDOW_ATTRIBUTES -> {
                ChangeWindowAttributes q_ = ChangeWindowAttributes.parse(r);
                h.changeWindowAttributes(client, q_);
                q_.valueList();
            }
            case GET_WINDOW_ATTRIBUTES -> h.getWindowAttributes(client, GetWindowAttributes.parse(r));
            case DESTROY_WINDOW -> h.destroyWindow(client, DestroyWindow.parse(r));
            case DESTROY_SUBWINDOWS -> h.destroySubwindows(client, DestroySubwindows.parse(r));
            case CHANGE_SAVE_SET -> h.changeSaveSet(client, ChangeSaveSet.parse(r));
            case REPARENT_WINDOW -> h.reparentWindow(client, ReparentWindow.parse(r));
            case MAP_WINDOW -> h.mapWindow(client, MapWindow.parse(r));
            case MAP_SUBWINDOWS -> h.mapSubwindows(client, MapSubwindows.parse(r));
            case UNMAP_WINDOW -> h.unmapWindow(client, UnmapWindow.parse(r));
            case UNMAP_SUBWINDOWS -> h.unmapSubwindows(client, UnmapSubwindows.parse(r));
            case CONFIGURE_WINDOW -> {
                ConfigureWindow q_ = ConfigureWindow.parse(r);
                h.configureWindow(client, q_);
                q_.valueList();
            }
            case CIRCULATE_WINDOW -> h.circulateWindow(client, CirculateWindow.parse(r));
            case GET_GEOMETRY -> h.getGeometry(client, GetGeometry.parse(r));
            case QUERY_TREE -> h.queryTree(client, QueryTree.parse(r));
            case INTERN_ATOM -> h.internAtom(client, InternAtom.parse(r));
            case GET_ATOM_NAME -> h.getAtomName(client, GetAtomName.parse(r));
            case CHANGE_PROPERTY -> {
                ChangeProperty q_ = ChangeProperty.parse(r);
                h.changeProperty(client, q_);
                q_.data();
            }
            case DELETE_PROPERTY -> h.deleteProperty(client, DeleteProperty.parse(r));
            case GET_PROPERTY -> h.getProperty(client, GetProperty.parse(r));
            case LIST_PROPERTIES -> h.listProperties(client, ListProperties.parse(r));
            case SET_SELECTION_OWNER -> h.setSelectionOwner(client, SetSelectionOwner.parse(r));
            case GET_SELECTION_OWNER -> h.getSelectionOwner(client, GetSelectionOwner.parse(r));
            case CONVERT_SELECTION -> h.convertSelection(client, ConvertSelection.parse(r));
            case SEND_EVENT -> h.sendEvent(client, SendEvent.parse(r));
            case GRAB_POINTER -> h.grabPointer(client, GrabPointer.parse(r));
            case UNGRAB_POINTER -> h.ungrabPointer(client, UngrabPointer.parse(r));
            case GRAB_BUTTON -> h.grabButton(client, GrabButton.parse(r));
            case UNGRAB_BUTTON -> h.ungrabButton(client, UngrabButton.parse(r));
            case CHANGE_ACTIVE_POINTER_GRAB -> h.changeActivePointerGrab(client, ChangeActivePointerGrab.parse(r));
            case GRAB_KEYBOARD -> h.grabKeyboard(client, GrabKeyboard.parse(r));
            case UNGRAB_KEYBOARD -> h.ungrabKeyboard(client, UngrabKeyboard.parse(r));
            case GRAB_KEY -> h.grabKey(client, GrabKey.parse(r));
            case UNGRAB_KEY -> h.ungrabKey(client, UngrabKey.parse(r));
            case ALLOW_EVENTS -> h.allowEvents(client, AllowEvents.parse(r));
            case GRAB_SERVER -> h.grabServer(client, GrabServer.parse(r));
            case UNGRAB_SERVER -> h.ungrabServer(client, UngrabServer.parse(r));
            case QUERY_POINTER -> h.queryPointer(client, QueryPointer.parse(r));
            case GET_MOTION_EVENTS -> h.getMotionEvents(client, GetMotionEvents.parse(r));
            case TRANSLATE_COORDINATES -> h.translateCoordinates(client, TranslateCoordinates.parse(r));
            case WARP_POINTER -> h.warpPointer(client, WarpPointer.parse(r));
            case SET_INPUT_FOCUS -> h.setInputFocus(client, SetInputFocus.parse(r));
            case GET_INPUT_FOCUS -> h.getInputFocus(client, GetInputFocus.parse(r));
            case QUERY_KEYMAP -> h.queryKeymap(client, QueryKeymap.parse(r));
            case OPEN_FONT -> h.openFont(client, OpenFont.parse(r));
            case CLOSE_FONT -> h.closeFont(client, CloseFont.parse(r));
            case QUERY_FONT -> h.queryFont(client, QueryFont.parse(r));
            case QUERY_TEXT_EXTENTS -> h.queryTextExtents(client, QueryTextExtents.parse(r));
            case LIST_FONTS -> h.listFonts(client, ListFonts.parse(r));
            case LIST_FONTS_WITH_INFO -> h.listFontsWithInfo(client, ListFontsWithInfo.parse(r));
            case SET_FONT_PATH -> h.setFontPath(client, SetFontPath.parse(r));
            case GET_FONT_PATH -> h.getFontPath(client, GetFontPath.parse(r));
            case CREATE_PIXMAP -> h.createPixmap(client, CreatePixmap.parse(r));
            case FREE_PIXMAP -> h.freePixmap(client, FreePixmap.parse(r));
            case CREATE_GC -> {
                CreateGC q_ = CreateGC.parse(r);
                h.createGC(client, q_);
                q_.valueList();
            }
            case CHANGE_GC -> {
                ChangeGC q_ = ChangeGC.parse(r);
                h.changeGC(client, q_);
                q_.valueList();
            }
            case COPY_GC -> h.copyGC(client, CopyGC.parse(r));
            case SET_DASHES -> h.setDashes(client, SetDashes.parse(r));
            case SET_CLIP_RECTANGLES -> {
                SetClipRectangles q_ = SetClipRectangles.parse(r);
                h.setClipRectangles(client, q_);
                q_.rectangles();
            }
            case FREE_GC -> h.freeGC(client, FreeGC.parse(r));
            case CLEAR_AREA -> h.clearArea(client, ClearArea.parse(r));
            case COPY_AREA -> h.copyArea(client, CopyArea.parse(r));
            case COPY_PLANE -> h.copyPlane(client, CopyPlane.parse(r));
            case POLY_POINT -> h.polyPoint(client, PolyPoint.parse(r));
            case POLY_LINE -> h.polyLine(client, PolyLine.parse(r));
            case POLY_SEGMENT -> {
                PolySegment q_ = PolySegment.parse(r);
                h.polySegment(client, q_);
                q_.segments();
            }
            case POLY_RECTANGLE -> {
                PolyRectangle q_ = PolyRectangle.parse(r);
                h.polyRectangle(client, q_);
                q_.rectangles();
            }
            case POLY_ARC -> {
                PolyArc q_ = PolyArc.parse(r);
                h.polyArc(client, q_);
                q_.arcs();
            }
            case FILL_POLY -> h.fillPoly(client, FillPoly.parse(r));
            case POLY_FILL_RECTANGLE -> {
                PolyFillRectangle q_ = PolyFillRectangle.parse(r);
                h.polyFillRectangle(client, q_);
                q_.rectangles();
            }
            case POLY_FILL_ARC -> {
                PolyFillArc q_ = PolyFillArc.parse(r);
                h.polyFillArc(client, q_);
                q_.arcs();
            }
            case PUT_IMAGE -> h.putImage(client, PutImage.parse(r));
            case GET_IMAGE -> h.getImage(client, GetImage.parse(r));
            case POLY_TEXT8 -> h.polyText8(client, PolyText8.parse(r));
            case POLY_TEXT16 -> h.polyText16(client, PolyText16.parse(r));
            case IMAGE_TEXT8 -> h.imageText8(client, ImageText8.parse(r));
            case IMAGE_TEXT16 -> h.imageText16(client, ImageText16.parse(r));
            case CREATE_COLORMAP -> h.createColormap(client, CreateColormap.parse(r));
            case FREE_COLORMAP -> h.freeColormap(client, FreeColormap.parse(r));
            case COPY_COLORMAP_AND_FREE -> h.copyColormapAndFree(client, CopyColormapAndFree.parse(r));
            case INSTALL_COLORMAP -> h.installColormap(client, InstallColormap.parse(r));
            case UNINSTALL_COLORMAP -> h.uninstallColormap(client, UninstallColormap.parse(r));
            case LIST_INSTALLED_COLORMAPS -> h.listInstalledColormaps(client, ListInstalledColormaps.parse(r));
            case ALLOC_COLOR -> h.allocColor(client, AllocColor.parse(r));
            case ALLOC_NAMED_COLOR -> h.allocNamedColor(client, AllocNamedColor.parse(r));
            case ALLOC_COLOR_CELLS -> h.allocColorCells(client, AllocColorCells.parse(r));
            case ALLOC_COLOR_PLANES -> h.allocColorPlanes(client, AllocColorPlanes.parse(r));
            case FREE_COLORS -> h.freeColors(client, FreeColors.parse(r));
            case STORE_COLORS -> {
                StoreColors q_ = StoreColors.parse(r);
                h.storeColors(client, q_);
                q_.items();
            }
            case STORE_NAMED_COLOR -> h.storeNamedColor(client, StoreNamedColor.parse(r));
            case QUERY_COLORS -> h.queryColors(client, QueryColors.parse(r));
            case LOOKUP_COLOR -> h.lookupColor(client, LookupColor.parse(r));
            case CREATE_CURSOR -> h.createCursor(client, CreateCursor.parse(r));
            case CREATE_GLYPH_CURSOR -> h.createGlyphCursor(client, CreateGlyphCursor.parse(r));
            case FREE_CURSOR -> h.freeCursor(client, FreeCursor.parse(r));
            case RECOLOR_CURSOR -> h.recolorCursor(client, RecolorCursor.parse(r));
            case QUERY_BEST_SIZE -> h.queryBestSize(client, QueryBestSize.parse(r));
            case QUERY_EXTENSION -> h.queryExtension(client, QueryExtension.parse(r));
            case LIST_EXTENSIONS -> h.listExtensions(client, ListExtensions.parse(r));
            case CHANGE_KEYBOARD_MAPPING -> h.changeKeyboardMapping(client, ChangeKeyboardMapping.parse(r));
            case GET_KEYBOARD_MAPPING -> h.getKeyboardMapping(client, GetKeyboardMapping.parse(r));
            case CHANGE_KEYBOARD_CONTROL -> {
                ChangeKeyboardControl q_ = ChangeKeyboardControl.parse(r);
                h.changeKeyboardControl(client, q_);
                q_.valueList();
            }
            case GET_KEYBOARD_CONTROL -> h.getKeyboardControl(client, GetKeyboardControl.parse(r));
            case BELL -> h.bell(client, Bell.parse(r));
            case CHANGE_POINTER_CONTROL -> h.changePointerControl(client, ChangePointerControl.parse(r));
            case GET_POINTER_CONTROL -> h.getPointerControl(client, GetPointerControl.parse(r));
            case SET_SCREEN_SAVER -> h.setScreenSaver(client, SetScreenSaver.parse(r));
            case GET_SCREEN_SAVER -> h.getScreenSaver(client, GetScreenSaver.parse(r));
            case CHANGE_HOSTS -> h.changeHosts(client, ChangeHosts.parse(r));
            case LIST_HOSTS -> h.listHosts(client, ListHosts.parse(r));
            case SET_ACCESS_CONTROL -> h.setAccessControl(client, SetAccessControl.parse(r));
            case SET_CLOSE_DOWN_MODE -> h.setCloseDownMode(client, SetCloseDownMode.parse(r));
            case KILL_CLIENT -> h.killClient(client, KillClient.parse(r));
            case ROTATE_PROPERTIES -> h.rotateProperties(client, RotateProperties.parse(r));
            case FORCE_SCREEN_SAVER -> h.forceScreenSaver(client, ForceScreenSaver.parse(r));
            case SET_POINTER_MAPPING -> h.setPointerMapping(client, SetPointerMapping.parse(r));
            case GET_POINTER_MAPPING -> h.getPointerMapping(client, GetPointerMapping.parse(r));
            case SET_MODIFIER_MAPPING -> h.setModifierMapping(client, SetModifierMapping.parse(r));
            case GET_MODIFIER_MAPPING -> h.getModifierMapping(client, GetModifierMapping.parse(r));
            case NO_OPERATION -> h.noOperation(client, NoOperation.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
