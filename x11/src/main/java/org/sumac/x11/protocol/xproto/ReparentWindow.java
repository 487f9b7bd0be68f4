// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ReparentWindow request (opcode 7).
 *
 * @param window WINDOW
 * @param parent WINDOW
 * @param x INT16
 * @param y INT16
 */
public record ReparentWindow(int window, int parent, int x, int y) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ReparentWindow parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int window = in_.int32At(4);
        int parent = in_.int32At(8);
        int x = in_.int16At(12);
        int y = in_.int16At(14);
        return new ReparentWindow(window, parent, x, y);
    }
}
