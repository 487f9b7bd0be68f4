// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectInput request (minor opcode 6).
 *
 * @param destinationWindow WINDOW
 * @param enable BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record SelectInput(int destinationWindow, int enable) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SelectInput parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int destinationWindow = in_.int32At(4);
        int enable = in_.card8At(8);
        return new SelectInput(destinationWindow, enable);
    }
}
