// Generated from xcb-proto 1.15.2 (xc_misc.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xcmisc;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of XC-MISC, one method each, called by XcMiscProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface XcMiscHandler<C> {
    /** GetVersion (0). */
    default void getVersion(C client, GetVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetXIDRange (1). */
    default void getXIDRange(C client, GetXIDRange request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetXIDList (2). */
    default void getXIDList(C client, GetXIDList request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
