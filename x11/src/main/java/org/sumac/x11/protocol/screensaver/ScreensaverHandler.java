// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of MIT-SCREEN-SAVER, one method each, called by ScreensaverProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface ScreensaverHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryInfo (1). */
    default void queryInfo(C client, QueryInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectInput (2). */
    default void selectInput(C client, SelectInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetAttributes (3). */
    default void setAttributes(C client, SetAttributes request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** UnsetAttributes (4). */
    default void unsetAttributes(C client, UnsetAttributes request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Suspend (5). */
    default void suspend(C client, Suspend request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
