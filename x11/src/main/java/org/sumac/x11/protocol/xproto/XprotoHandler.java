// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;

/**
 * The requests of the core protocol, one method each, called by XprotoProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 *
 * @param <C> the server's client type
 */
public interface XprotoHandler<C> {
    /** CreateWindow (1). */
    void createWindow(C client, CreateWindow request);

    /** ChangeWindowAttributes (2). */
    void changeWindowAttributes(C client, ChangeWindowAttributes request);

    /** GetWindowAttributes (3). */
    void getWindowAttributes(C client, GetWindowAttributes request);

    /** DestroyWindow (4). */
    void destroyWindow(C client, DestroyWindow request);

    /** DestroySubwindows (5). */
    void destroySubwindows(C client, DestroySubwindows request);

    /** ChangeSaveSet (6). */
    void changeSaveSet(C client, ChangeSaveSet request);

    /** ReparentWindow (7). */
    void reparentWindow(C client, ReparentWindow request);

    /** MapWindow (8). */
    void mapWindow(C client, MapWindow request);

    /** MapSubwindows (9). */
    void mapSubwindows(C client, MapSubwindows request);

    /** UnmapWindow (10). */
    void unmapWindow(C client, UnmapWindow request);

    /** UnmapSubwindows (11). */
    void unmapSubwindows(C client, UnmapSubwindows request);

    /** ConfigureWindow (12). */
    void configureWindow(C client, ConfigureWindow request);

    /** CirculateWindow (13). */
    void circulateWindow(C client, CirculateWindow request);

    /** GetGeometry (14). */
    void getGeometry(C client, GetGeometry request);

    /** QueryTree (15). */
    void queryTree(C client, QueryTree request);

    /** InternAtom (16). */
    void internAtom(C client, InternAtom request);

    /** GetAtomName (17). */
    void getAtomName(C client, GetAtomName request);

    /** ChangeProperty (18). */
    void changeProperty(C client, ChangeProperty request);

    /** DeleteProperty (19). */
    void deleteProperty(C client, DeleteProperty request);

    /** GetProperty (20). */
    void getProperty(C client, GetProperty request);

    /** ListProperties (21). */
    void listProperties(C client, ListProperties request);

    /** SetSelectionOwner (22). */
    void setSelectionOwner(C client, SetSelectionOwner request);

    /** GetSelectionOwner (23). */
    void getSelectionOwner(C client, GetSelectionOwner request);

    /** ConvertSelection (24). */
    void convertSelection(C client, ConvertSelection request);

    /** SendEvent (25). */
    void sendEvent(C client, SendEvent request);

    /** GrabPointer (26). */
    void grabPointer(C client, GrabPointer request);

    /** UngrabPointer (27). */
    void ungrabPointer(C client, UngrabPointer request);

    /** GrabButton (28). */
    void grabButton(C client, GrabButton request);

    /** UngrabButton (29). */
    void ungrabButton(C client, UngrabButton request);

    /** ChangeActivePointerGrab (30). */
    void changeActivePointerGrab(C client, ChangeActivePointerGrab request);

    /** GrabKeyboard (31). */
    void grabKeyboard(C client, GrabKeyboard request);

    /** UngrabKeyboard (32). */
    void ungrabKeyboard(C client, UngrabKeyboard request);

    /** GrabKey (33). */
    void grabKey(C client, GrabKey request);

    /** UngrabKey (34). */
    void ungrabKey(C client, UngrabKey request);

    /** AllowEvents (35). */
    void allowEvents(C client, AllowEvents request);

    /** GrabServer (36). */
    void grabServer(C client, GrabServer request);

    /** UngrabServer (37). */
    void ungrabServer(C client, UngrabServer request);

    /** QueryPointer (38). */
    void queryPointer(C client, QueryPointer request);

    /** GetMotionEvents (39). */
    void getMotionEvents(C client, GetMotionEvents request);

    /** TranslateCoordinates (40). */
    void translateCoordinates(C client, TranslateCoordinates request);

    /** WarpPointer (41). */
    void warpPointer(C client, WarpPointer request);

    /** SetInputFocus (42). */
    void setInputFocus(C client, SetInputFocus request);

    /** GetInputFocus (43). */
    void getInputFocus(C client, GetInputFocus request);

    /** QueryKeymap (44). */
    void queryKeymap(C client, QueryKeymap request);

    /** OpenFont (45). */
    void openFont(C client, OpenFont request);

    /** CloseFont (46). */
    void closeFont(C client, CloseFont request);

    /** QueryFont (47). */
    void queryFont(C client, QueryFont request);

    /** QueryTextExtents (48). */
    void queryTextExtents(C client, QueryTextExtents request);

    /** ListFonts (49). */
    void listFonts(C client, ListFonts request);

    /** ListFontsWithInfo (50). */
    void listFontsWithInfo(C client, ListFontsWithInfo request);

    /** SetFontPath (51). */
    void setFontPath(C client, SetFontPath request);

    /** GetFontPath (52). */
    void getFontPath(C client, GetFontPath request);

    /** CreatePixmap (53). */
    void createPixmap(C client, CreatePixmap request);

    /** FreePixmap (54). */
    void freePixmap(C client, FreePixmap request);

    /** CreateGC (55). */
    void createGC(C client, CreateGC request);

    /** ChangeGC (56). */
    void changeGC(C client, ChangeGC request);

    /** CopyGC (57). */
    void copyGC(C client, CopyGC request);

    /** SetDashes (58). */
    void setDashes(C client, SetDashes request);

    /** SetClipRectangles (59). */
    void setClipRectangles(C client, SetClipRectangles request);

    /** FreeGC (60). */
    void freeGC(C client, FreeGC request);

    /** ClearArea (61). */
    void clearArea(C client, ClearArea request);

    /** CopyArea (62). */
    void copyArea(C client, CopyArea request);

    /** CopyPlane (63). */
    void copyPlane(C client, CopyPlane request);

    /** PolyPoint (64). */
    void polyPoint(C client, PolyPoint request);

    /** PolyLine (65). */
    void polyLine(C client, PolyLine request);

    /** PolySegment (66). */
    void polySegment(C client, PolySegment request);

    /** PolyRectangle (67). */
    void polyRectangle(C client, PolyRectangle request);

    /** PolyArc (68). */
    void polyArc(C client, PolyArc request);

    /** FillPoly (69). */
    void fillPoly(C client, FillPoly request);

    /** PolyFillRectangle (70). */
    void polyFillRectangle(C client, PolyFillRectangle request);

    /** PolyFillArc (71). */
    void polyFillArc(C client, PolyFillArc request);

    /** PutImage (72). */
    void putImage(C client, PutImage request);

    /** GetImage (73). */
    void getImage(C client, GetImage request);

    /** PolyText8 (74). */
    void polyText8(C client, PolyText8 request);

    /** PolyText16 (75). */
    void polyText16(C client, PolyText16 request);

    /** ImageText8 (76). */
    void imageText8(C client, ImageText8 request);

    /** ImageText16 (77). */
    void imageText16(C client, ImageText16 request);

    /** CreateColormap (78). */
    void createColormap(C client, CreateColormap request);

    /** FreeColormap (79). */
    void freeColormap(C client, FreeColormap request);

    /** CopyColormapAndFree (80). */
    void copyColormapAndFree(C client, CopyColormapAndFree request);

    /** InstallColormap (81). */
    void installColormap(C client, InstallColormap request);

    /** UninstallColormap (82). */
    void uninstallColormap(C client, UninstallColormap request);

    /** ListInstalledColormaps (83). */
    void listInstalledColormaps(C client, ListInstalledColormaps request);

    /** AllocColor (84). */
    void allocColor(C client, AllocColor request);

    /** AllocNamedColor (85). */
    void allocNamedColor(C client, AllocNamedColor request);

    /** AllocColorCells (86). */
    void allocColorCells(C client, AllocColorCells request);

    /** AllocColorPlanes (87). */
    void allocColorPlanes(C client, AllocColorPlanes request);

    /** FreeColors (88). */
    void freeColors(C client, FreeColors request);

    /** StoreColors (89). */
    void storeColors(C client, StoreColors request);

    /** StoreNamedColor (90). */
    void storeNamedColor(C client, StoreNamedColor request);

    /** QueryColors (91). */
    void queryColors(C client, QueryColors request);

    /** LookupColor (92). */
    void lookupColor(C client, LookupColor request);

    /** CreateCursor (93). */
    void createCursor(C client, CreateCursor request);

    /** CreateGlyphCursor (94). */
    void createGlyphCursor(C client, CreateGlyphCursor request);

    /** FreeCursor (95). */
    void freeCursor(C client, FreeCursor request);

    /** RecolorCursor (96). */
    void recolorCursor(C client, RecolorCursor request);

    /** QueryBestSize (97). */
    void queryBestSize(C client, QueryBestSize request);

    /** QueryExtension (98). */
    void queryExtension(C client, QueryExtension request);

    /** ListExtensions (99). */
    void listExtensions(C client, ListExtensions request);

    /** ChangeKeyboardMapping (100). */
    void changeKeyboardMapping(C client, ChangeKeyboardMapping request);

    /** GetKeyboardMapping (101). */
    void getKeyboardMapping(C client, GetKeyboardMapping request);

    /** ChangeKeyboardControl (102). */
    void changeKeyboardControl(C client, ChangeKeyboardControl request);

    /** GetKeyboardControl (103). */
    void getKeyboardControl(C client, GetKeyboardControl request);

    /** Bell (104). */
    void bell(C client, Bell request);

    /** ChangePointerControl (105). */
    void changePointerControl(C client, ChangePointerControl request);

    /** GetPointerControl (106). */
    void getPointerControl(C client, GetPointerControl request);

    /** SetScreenSaver (107). */
    void setScreenSaver(C client, SetScreenSaver request);

    /** GetScreenSaver (108). */
    void getScreenSaver(C client, GetScreenSaver request);

    /** ChangeHosts (109). */
    void changeHosts(C client, ChangeHosts request);

    /** ListHosts (110). */
    void listHosts(C client, ListHosts request);

    /** SetAccessControl (111). */
    void setAccessControl(C client, SetAccessControl request);

    /** SetCloseDownMode (112). */
    void setCloseDownMode(C client, SetCloseDownMode request);

    /** KillClient (113). */
    void killClient(C client, KillClient request);

    /** RotateProperties (114). */
    void rotateProperties(C client, RotateProperties request);

    /** ForceScreenSaver (115). */
    void forceScreenSaver(C client, ForceScreenSaver request);

    /** SetPointerMapping (116). */
    void setPointerMapping(C client, SetPointerMapping request);

    /** GetPointerMapping (117). */
    void getPointerMapping(C client, GetPointerMapping request);

    /** SetModifierMapping (118). */
    void setModifierMapping(C client, SetModifierMapping request);

    /** GetModifierMapping (119). */
    void getModifierMapping(C client, GetModifierMapping request);

    /** NoOperation (127). */
    void noOperation(C client, NoOperation request);
}
