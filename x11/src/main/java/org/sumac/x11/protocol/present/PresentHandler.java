// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of Present, one method each, called by PresentProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface PresentHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Pixmap (1). */
    default void pixmap(C client, Pixmap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** NotifyMSC (2). */
    default void notifyMSC(C client, NotifyMSC request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectInput (3). */
    default void selectInput(C client, SelectInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryCapabilities (4). */
    default void queryCapabilities(C client, QueryCapabilities request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
