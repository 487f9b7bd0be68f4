// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DestroyWindow request (opcode 4).
 *
 * @param window WINDOW
 */
public record DestroyWindow(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DestroyWindow parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new DestroyWindow(window);
    }
}
