// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of DAMAGE, one method each, called by DamageProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface DamageHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Create (1). */
    default void create(C client, Create request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Destroy (2). */
    default void destroy(C client, Destroy request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Subtract (3). */
    default void subtract(C client, Subtract request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Add (4). */
    default void add(C client, Add request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
