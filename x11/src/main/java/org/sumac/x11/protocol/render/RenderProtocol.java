// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The RENDER extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class RenderProtocol {
    private RenderProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "RENDER";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 0, MINOR_VERSION = 11;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int QUERY_PICT_FORMATS = 1;
    public static final int QUERY_PICT_INDEX_VALUES = 2;
    public static final int CREATE_PICTURE = 4;
    public static final int CHANGE_PICTURE = 5;
    public static final int SET_PICTURE_CLIP_RECTANGLES = 6;
    public static final int FREE_PICTURE = 7;
    public static final int COMPOSITE = 8;
    public static final int TRAPEZOIDS = 10;
    public static final int TRIANGLES = 11;
    public static final int TRI_STRIP = 12;
    public static final int TRI_FAN = 13;
    public static final int CREATE_GLYPH_SET = 17;
    public static final int REFERENCE_GLYPH_SET = 18;
    public static final int FREE_GLYPH_SET = 19;
    public static final int ADD_GLYPHS = 20;
    public static final int FREE_GLYPHS = 22;
    public static final int COMPOSITE_GLYPHS8 = 23;
    public static final int COMPOSITE_GLYPHS16 = 24;
    public static final int COMPOSITE_GLYPHS32 = 25;
    public static final int FILL_RECTANGLES = 26;
    public static final int CREATE_CURSOR = 27;
    public static final int SET_PICTURE_TRANSFORM = 28;
    public static final int QUERY_FILTERS = 29;
    public static final int SET_PICTURE_FILTER = 30;
    public static final int CREATE_ANIM_CURSOR = 31;
    public static final int ADD_TRAPS = 32;
    public static final int CREATE_SOLID_FILL = 33;
    public static final int CREATE_LINEAR_GRADIENT = 34;
    public static final int CREATE_RADIAL_GRADIENT = 35;
    public static final int CREATE_CONICAL_GRADIENT = 36;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 0;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 5;

    // Error codes relative to the first error.
    public static final int ERROR_PICT_FORMAT = 0;
    public static final int ERROR_PICTURE = 1;
    public static final int ERROR_PICT_OP = 2;
    public static final int ERROR_GLYPH_SET = 3;
    public static final int ERROR_GLYPH = 4;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(RenderHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case QUERY_PICT_FORMATS -> h.queryPictFormats(client, QueryPictFormats.parse(r));
            case QUERY_PICT_INDEX_VALUES -> h.queryPictIndexValues(client, QueryPictIndexValues.parse(r));
            case CREATE_PICTURE -> {
                CreatePicture q_ = CreatePicture.parse(r);
                h.createPicture(client, q_);
                q_.valueList();
            }
            case CHANGE_PICTURE -> {
                ChangePicture q_ = ChangePicture.parse(r);
                h.changePicture(client, q_);
                q_.valueList();
            }
            case SET_PICTURE_CLIP_RECTANGLES -> {
                SetPictureClipRectangles q_ = SetPictureClipRectangles.parse(r);
                h.setPictureClipRectangles(client, q_);
                q_.rectangles();
            }
            case FREE_PICTURE -> h.freePicture(client, FreePicture.parse(r));
            case COMPOSITE -> h.composite(client, Composite.parse(r));
            case TRAPEZOIDS -> {
                Trapezoids q_ = Trapezoids.parse(r);
                h.trapezoids(client, q_);
                q_.traps();
            }
            case TRIANGLES -> {
                Triangles q_ = Triangles.parse(r);
                h.triangles(client, q_);
                q_.triangles();
            }
            case TRI_STRIP -> {
                TriStrip q_ = TriStrip.parse(r);
                h.triStrip(client, q_);
                q_.points();
            }
            case TRI_FAN -> {
                TriFan q_ = TriFan.parse(r);
                h.triFan(client, q_);
                q_.points();
            }
            case CREATE_GLYPH_SET -> h.createGlyphSet(client, CreateGlyphSet.parse(r));
            case REFERENCE_GLYPH_SET -> h.referenceGlyphSet(client, ReferenceGlyphSet.parse(r));
            case FREE_GLYPH_SET -> h.freeGlyphSet(client, FreeGlyphSet.parse(r));
            case ADD_GLYPHS -> h.addGlyphs(client, AddGlyphs.parse(r));
            case FREE_GLYPHS -> h.freeGlyphs(client, FreeGlyphs.parse(r));
            case COMPOSITE_GLYPHS8 -> h.compositeGlyphs8(client, CompositeGlyphs8.parse(r));
            case COMPOSITE_GLYPHS16 -> h.compositeGlyphs16(client, CompositeGlyphs16.parse(r));
            case COMPOSITE_GLYPHS32 -> h.compositeGlyphs32(client, CompositeGlyphs32.parse(r));
            case FILL_RECTANGLES -> {
                FillRectangles q_ = FillRectangles.parse(r);
                h.fillRectangles(client, q_);
                q_.rects();
            }
            case CREATE_CURSOR -> h.createCursor(client, CreateCursor.parse(r));
            case SET_PICTURE_TRANSFORM -> h.setPictureTransform(client, SetPictureTransform.parse(r));
            case QUERY_FILTERS -> h.queryFilters(client, QueryFilters.parse(r));
            case SET_PICTURE_FILTER -> h.setPictureFilter(client, SetPictureFilter.parse(r));
            case CREATE_ANIM_CURSOR -> {
                CreateAnimCursor q_ = CreateAnimCursor.parse(r);
                h.createAnimCursor(client, q_);
                q_.cursors();
            }
            case ADD_TRAPS -> {
                AddTraps q_ = AddTraps.parse(r);
                h.addTraps(client, q_);
                q_.traps();
            }
            case CREATE_SOLID_FILL -> h.createSolidFill(client, CreateSolidFill.parse(r));
            case CREATE_LINEAR_GRADIENT -> h.createLinearGradient(client, CreateLinearGradient.parse(r));
            case CREATE_RADIAL_GRADIENT -> h.createRadialGradient(client, CreateRadialGradient.parse(r));
            case CREATE_CONICAL_GRADIENT -> h.createConicalGradient(client, CreateConicalGradient.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
