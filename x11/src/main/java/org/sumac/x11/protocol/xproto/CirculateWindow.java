// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CirculateWindow request (opcode 13).
 *
 * @param direction CARD8, values of Circulate
 * @param window WINDOW
 */
public record CirculateWindow(int direction, int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CirculateWindow parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int direction = in_.card8At(1);
        int window = in_.int32At(4);
        return new CirculateWindow(direction, window);
    }
}
