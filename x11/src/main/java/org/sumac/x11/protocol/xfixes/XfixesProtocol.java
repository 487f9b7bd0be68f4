// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The XFIXES extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class XfixesProtocol {
    private XfixesProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "XFIXES";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 6, MINOR_VERSION = 0;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int CHANGE_SAVE_SET = 1;
    public static final int SELECT_SELECTION_INPUT = 2;
    public static final int SELECT_CURSOR_INPUT = 3;
    public static final int GET_CURSOR_IMAGE = 4;
    public static final int CREATE_REGION = 5;
    public static final int CREATE_REGION_FROM_BITMAP = 6;
    public static final int CREATE_REGION_FROM_WINDOW = 7;
    public static final int CREATE_REGION_FROM_GC = 8;
    public static final int CREATE_REGION_FROM_PICTURE = 9;
    public static final int DESTROY_REGION = 10;
    public static final int SET_REGION = 11;
    public static final int COPY_REGION = 12;
    public static final int UNION_REGION = 13;
    public static final int INTERSECT_REGION = 14;
    public static final int SUBTRACT_REGION = 15;
    public static final int INVERT_REGION = 16;
    public static final int TRANSLATE_REGION = 17;
    public static final int REGION_EXTENTS = 18;
    public static final int FETCH_REGION = 19;
    public static final int SET_GC_CLIP_REGION = 20;
    public static final int SET_WINDOW_SHAPE_REGION = 21;
    public static final int SET_PICTURE_CLIP_REGION = 22;
    public static final int SET_CURSOR_NAME = 23;
    public static final int GET_CURSOR_NAME = 24;
    public static final int GET_CURSOR_IMAGE_AND_NAME = 25;
    public static final int CHANGE_CURSOR = 26;
    public static final int CHANGE_CURSOR_BY_NAME = 27;
    public static final int EXPAND_REGION = 28;
    public static final int HIDE_CURSOR = 29;
    public static final int SHOW_CURSOR = 30;
    public static final int CREATE_POINTER_BARRIER = 31;
    public static final int DELETE_POINTER_BARRIER = 32;
    public static final int SET_CLIENT_DISCONNECT_MODE = 33;
    public static final int GET_CLIENT_DISCONNECT_MODE = 34;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 2;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 1;

    // Event numbers relative to the first event (XGE events: their event type).
    public static final int EVENT_SELECTION_NOTIFY = 0;
    public static final int EVENT_CURSOR_NOTIFY = 1;

    // Error codes relative to the first error.
    public static final int ERROR_BAD_REGION = 0;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1};
            case 1 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(XfixesHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case CHANGE_SAVE_SET -> h.changeSaveSet(client, ChangeSaveSet.parse(r));
            case SELECT_SELECTION_INPUT -> h.selectSelectionInput(client, SelectSelectionInput.parse(r));
            case SELECT_CURSOR_INPUT -> h.selectCursorInput(client, SelectCursorInput.parse(r));
            case GET_CURSOR_IMAGE -> h.getCursorImage(client, GetCursorImage.parse(r));
            case CREATE_REGION -> {
                CreateRegion q_ = CreateRegion.parse(r);
                h.createRegion(client, q_);
                q_.rectangles();
            }
            case CREATE_REGION_FROM_BITMAP -> h.createRegionFromBitmap(client, CreateRegionFromBitmap.parse(r));
            case CREATE_REGION_FROM_WINDOW -> h.createRegionFromWindow(client, CreateRegionFromWindow.parse(r));
            case CREATE_REGION_FROM_GC -> h.createRegionFromGC(client, CreateRegionFromGC.parse(r));
            case CREATE_REGION_FROM_PICTURE -> h.createRegionFromPicture(client, CreateRegionFromPicture.parse(r));
            case DESTROY_REGION -> h.destroyRegion(client, DestroyRegion.parse(r));
            case SET_REGION -> {
                SetRegion q_ = SetRegion.parse(r);
                h.setRegion(client, q_);
                q_.rectangles();
            }
            case COPY_REGION -> h.copyRegion(client, CopyRegion.parse(r));
            case UNION_REGION -> h.unionRegion(client, UnionRegion.parse(r));
            case INTERSECT_REGION -> h.intersectRegion(client, IntersectRegion.parse(r));
            case SUBTRACT_REGION -> h.subtractRegion(client, SubtractRegion.parse(r));
            case INVERT_REGION -> h.invertRegion(client, InvertRegion.parse(r));
            case TRANSLATE_REGION -> h.translateRegion(client, TranslateRegion.parse(r));
            case REGION_EXTENTS -> h.regionExtents(client, RegionExtents.parse(r));
            case FETCH_REGION -> h.fetchRegion(client, FetchRegion.parse(r));
            case SET_GC_CLIP_REGION -> h.setGCClipRegion(client, SetGCClipRegion.parse(r));
            case SET_WINDOW_SHAPE_REGION -> h.setWindowShapeRegion(client, SetWindowShapeRegion.parse(r));
            case SET_PICTURE_CLIP_REGION -> h.setPictureClipRegion(client, SetPictureClipRegion.parse(r));
            case SET_CURSOR_NAME -> h.setCursorName(client, SetCursorName.parse(r));
            case GET_CURSOR_NAME -> h.getCursorName(client, GetCursorName.parse(r));
            case GET_CURSOR_IMAGE_AND_NAME -> h.getCursorImageAndName(client, GetCursorImageAndName.parse(r));
            case CHANGE_CURSOR -> h.changeCursor(client, ChangeCursor.parse(r));
            case CHANGE_CURSOR_BY_NAME -> h.changeCursorByName(client, ChangeCursorByName.parse(r));
            case EXPAND_REGION -> h.expandRegion(client, ExpandRegion.parse(r));
            case HIDE_CURSOR -> h.hideCursor(client, HideCursor.parse(r));
            case SHOW_CURSOR -> h.showCursor(client, ShowCursor.parse(r));
            case CREATE_POINTER_BARRIER -> h.createPointerBarrier(client, CreatePointerBarrier.parse(r));
            case DELETE_POINTER_BARRIER -> h.deletePointerBarrier(client, DeletePointerBarrier.parse(r));
            case SET_CLIENT_DISCONNECT_MODE -> h.setClientDisconnectMode(client, SetClientDisconnectMode.parse(r));
            case GET_CLIENT_DISCONNECT_MODE -> h.getClientDisconnectMode(client, GetClientDisconnectMode.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
