// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of RENDER, one method each, called by RenderProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface RenderHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryPictFormats (1). */
    default void queryPictFormats(C client, QueryPictFormats request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryPictIndexValues (2). */
    default void queryPictIndexValues(C client, QueryPictIndexValues request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreatePicture (4). */
    default void createPicture(C client, CreatePicture request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangePicture (5). */
    default void changePicture(C client, ChangePicture request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetPictureClipRectangles (6). */
    default void setPictureClipRectangles(C client, SetPictureClipRectangles request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FreePicture (7). */
    default void freePicture(C client, FreePicture request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Composite (8). */
    default void composite(C client, Composite request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Trapezoids (10). */
    default void trapezoids(C client, Trapezoids request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Triangles (11). */
    default void triangles(C client, Triangles request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** TriStrip (12). */
    default void triStrip(C client, TriStrip request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** TriFan (13). */
    default void triFan(C client, TriFan request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateGlyphSet (17). */
    default void createGlyphSet(C client, CreateGlyphSet request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ReferenceGlyphSet (18). */
    default void referenceGlyphSet(C client, ReferenceGlyphSet request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FreeGlyphSet (19). */
    default void freeGlyphSet(C client, FreeGlyphSet request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AddGlyphs (20). */
    default void addGlyphs(C client, AddGlyphs request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FreeGlyphs (22). */
    default void freeGlyphs(C client, FreeGlyphs request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CompositeGlyphs8 (23). */
    default void compositeGlyphs8(C client, CompositeGlyphs8 request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CompositeGlyphs16 (24). */
    default void compositeGlyphs16(C client, CompositeGlyphs16 request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CompositeGlyphs32 (25). */
    default void compositeGlyphs32(C client, CompositeGlyphs32 request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FillRectangles (26). */
    default void fillRectangles(C client, FillRectangles request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateCursor (27). */
    default void createCursor(C client, CreateCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetPictureTransform (28). */
    default void setPictureTransform(C client, SetPictureTransform request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryFilters (29). */
    default void queryFilters(C client, QueryFilters request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetPictureFilter (30). */
    default void setPictureFilter(C client, SetPictureFilter request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateAnimCursor (31). */
    default void createAnimCursor(C client, CreateAnimCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AddTraps (32). */
    default void addTraps(C client, AddTraps request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateSolidFill (33). */
    default void createSolidFill(C client, CreateSolidFill request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateLinearGradient (34). */
    default void createLinearGradient(C client, CreateLinearGradient request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRadialGradient (35). */
    default void createRadialGradient(C client, CreateRadialGradient request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateConicalGradient (36). */
    default void createConicalGradient(C client, CreateConicalGradient request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
