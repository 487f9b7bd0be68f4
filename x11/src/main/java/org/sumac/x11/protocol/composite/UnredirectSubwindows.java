// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * UnredirectSubwindows request (minor opcode 4).
 *
 * @param window WINDOW
 * @param update CARD8, values of Redirect
 */
public record UnredirectSubwindows(int window, int update) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static UnredirectSubwindows parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int update = in_.card8At(8);
        return new UnredirectSubwindows(window, update);
    }
}
