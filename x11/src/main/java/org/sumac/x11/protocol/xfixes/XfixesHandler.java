// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of XFIXES, one method each, called by XfixesProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface XfixesHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeSaveSet (1). */
    default void changeSaveSet(C client, ChangeSaveSet request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectSelectionInput (2). */
    default void selectSelectionInput(C client, SelectSelectionInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectCursorInput (3). */
    default void selectCursorInput(C client, SelectCursorInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCursorImage (4). */
    default void getCursorImage(C client, GetCursorImage request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRegion (5). */
    default void createRegion(C client, CreateRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRegionFromBitmap (6). */
    default void createRegionFromBitmap(C client, CreateRegionFromBitmap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRegionFromWindow (7). */
    default void createRegionFromWindow(C client, CreateRegionFromWindow request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRegionFromGC (8). */
    default void createRegionFromGC(C client, CreateRegionFromGC request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRegionFromPicture (9). */
    default void createRegionFromPicture(C client, CreateRegionFromPicture request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DestroyRegion (10). */
    default void destroyRegion(C client, DestroyRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetRegion (11). */
    default void setRegion(C client, SetRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CopyRegion (12). */
    default void copyRegion(C client, CopyRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UnionRegion (13). */
    default void unionRegion(C client, UnionRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** IntersectRegion (14). */
    default void intersectRegion(C client, IntersectRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SubtractRegion (15). */
    default void subtractRegion(C client, SubtractRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** InvertRegion (16). */
    default void invertRegion(C client, InvertRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** TranslateRegion (17). */
    default void translateRegion(C client, TranslateRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** RegionExtents (18). */
    default void regionExtents(C client, RegionExtents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FetchRegion (19). */
    default void fetchRegion(C client, FetchRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetGCClipRegion (20). */
    default void setGCClipRegion(C client, SetGCClipRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetWindowShapeRegion (21). */
    default void setWindowShapeRegion(C client, SetWindowShapeRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetPictureClipRegion (22). */
    default void setPictureClipRegion(C client, SetPictureClipRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetCursorName (23). */
    default void setCursorName(C client, SetCursorName request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCursorName (24). */
    default void getCursorName(C client, GetCursorName request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCursorImageAndName (25). */
    default void getCursorImageAndName(C client, GetCursorImageAndName request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeCursor (26). */
    default void changeCursor(C client, ChangeCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeCursorByName (27). */
    default void changeCursorByName(C client, ChangeCursorByName request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ExpandRegion (28). */
    default void expandRegion(C client, ExpandRegion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** HideCursor (29). */
    default void hideCursor(C client, HideCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ShowCursor (30). */
    default void showCursor(C client, ShowCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreatePointerBarrier (31). */
    default void createPointerBarrier(C client, CreatePointerBarrier request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeletePointerBarrier (32). */
    default void deletePointerBarrier(C client, DeletePointerBarrier request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetClientDisconnectMode (33). */
    default void setClientDisconnectMode(C client, SetClientDisconnectMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetClientDisconnectMode (34). */
    default void getClientDisconnectMode(C client, GetClientDisconnectMode request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
