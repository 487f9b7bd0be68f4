// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of DOUBLE-BUFFER, one method each, called by DbeProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface DbeHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AllocateBackBuffer (1). */
    default void allocateBackBuffer(C client, AllocateBackBuffer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DeallocateBackBuffer (2). */
    default void deallocateBackBuffer(C client, DeallocateBackBuffer request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SwapBuffers (3). */
    default void swapBuffers(C client, SwapBuffers request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** BeginIdiom (4). */
    default void beginIdiom(C client, BeginIdiom request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** EndIdiom (5). */
    default void endIdiom(C client, EndIdiom request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetVisualInfo (6). */
    default void getVisualInfo(C client, GetVisualInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetBackBufferAttributes (7). */
    default void getBackBufferAttributes(C client, GetBackBufferAttributes request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
