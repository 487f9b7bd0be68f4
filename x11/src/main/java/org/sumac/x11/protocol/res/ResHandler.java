// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of X-Resource, one method each, called by ResProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface ResHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryClients (1). */
    default void queryClients(C client, QueryClients request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryClientResources (2). */
    default void queryClientResources(C client, QueryClientResources request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryClientPixmapBytes (3). */
    default void queryClientPixmapBytes(C client, QueryClientPixmapBytes request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryClientIds (4). */
    default void queryClientIds(C client, QueryClientIds request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryResourceBytes (5). */
    default void queryResourceBytes(C client, QueryResourceBytes request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
