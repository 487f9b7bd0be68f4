// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of Composite, one method each, called by CompositeProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface CompositeHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** RedirectWindow (1). */
    default void redirectWindow(C client, RedirectWindow request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** RedirectSubwindows (2). */
    default void redirectSubwindows(C client, RedirectSubwindows request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UnredirectWindow (3). */
    default void unredirectWindow(C client, UnredirectWindow request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UnredirectSubwindows (4). */
    default void unredirectSubwindows(C client, UnredirectSubwindows request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateRegionFromBorderClip (5). */
    default void createRegionFromBorderClip(C client, CreateRegionFromBorderClip request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** NameWindowPixmap (6). */
    default void nameWindowPixmap(C client, NameWindowPixmap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetOverlayWindow (7). */
    default void getOverlayWindow(C client, GetOverlayWindow request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ReleaseOverlayWindow (8). */
    default void releaseOverlayWindow(C client, ReleaseOverlayWindow request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
