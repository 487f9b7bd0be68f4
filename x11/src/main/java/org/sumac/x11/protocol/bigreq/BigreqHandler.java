// Generated from xcb-proto 1.15.2 (bigreq.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.bigreq;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of BIG-REQUESTS, one method each, called by BigreqProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface BigreqHandler<C> {
    /** Enable (0). */
    default void enable(C client, Enable request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
