// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of MIT-SHM, one method each, called by ShmProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface ShmHandler<C> {
    /** QueryVersion (0). */
    default void queryVersion(C client, QueryVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Attach (1). */
    default void attach(C client, Attach request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Detach (2). */
    default void detach(C client, Detach request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** PutImage (3). */
    default void putImage(C client, PutImage request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetImage (4). */
    default void getImage(C client, GetImage request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreatePixmap (5). */
    default void createPixmap(C client, CreatePixmap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AttachFd (6), not generated (fd shm_fd): decode it from the reader. */
    default void attachFd(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateSegment (7). */
    default void createSegment(C client, CreateSegment request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
