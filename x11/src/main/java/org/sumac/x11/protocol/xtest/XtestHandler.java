// Generated from xcb-proto 1.15.2 (xtest.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xtest;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of XTEST, one method each, called by XtestProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface XtestHandler<C> {
    /** GetVersion (0). */
    default void getVersion(C client, GetVersion request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CompareCursor (1). */
    default void compareCursor(C client, CompareCursor request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** FakeInput (2). */
    default void fakeInput(C client, FakeInput request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GrabControl (3). */
    default void grabControl(C client, GrabControl request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
