// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeleteProperty request (opcode 19).
 *
 * @param window WINDOW
 * @param property ATOM
 */
public record DeleteProperty(int window, int property) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeleteProperty parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int property = in_.int32At(8);
        return new DeleteProperty(window, property);
    }
}
