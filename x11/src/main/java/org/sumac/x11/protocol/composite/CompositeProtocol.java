// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The Composite extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class CompositeProtocol {
    private CompositeProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "Composite";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 0, MINOR_VERSION = 4;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int REDIRECT_WINDOW = 1;
    public static final int REDIRECT_SUBWINDOWS = 2;
    public static final int UNREDIRECT_WINDOW = 3;
    public static final int UNREDIRECT_SUBWINDOWS = 4;
    public static final int CREATE_REGION_FROM_BORDER_CLIP = 5;
    public static final int NAME_WINDOW_PIXMAP = 6;
    public static final int GET_OVERLAY_WINDOW = 7;
    public static final int RELEASE_OVERLAY_WINDOW = 8;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 0;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 0;

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
    public static <C> void dispatch(CompositeHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case REDIRECT_WINDOW -> h.redirectWindow(client, RedirectWindow.parse(r));
            case REDIRECT_SUBWINDOWS -> h.redirectSubwindows(client, RedirectSubwindows.parse(r));
            case UNREDIRECT_WINDOW -> h.unredirectWindow(client, UnredirectWindow.parse(r));
            case UNREDIRECT_SUBWINDOWS -> h.unredirectSubwindows(client, UnredirectSubwindows.parse(r));
            case CREATE_REGION_FROM_BORDER_CLIP -> h.createRegionFromBorderClip(client, CreateRegionFromBorderClip.parse(r));
            case NAME_WINDOW_PIXMAP -> h.nameWindowPixmap(client, NameWindowPixmap.parse(r));
            case GET_OVERLAY_WINDOW -> h.getOverlayWindow(client, GetOverlayWindow.parse(r));
            case RELEASE_OVERLAY_WINDOW -> h.releaseOverlayWindow(client, ReleaseOverlayWindow.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
