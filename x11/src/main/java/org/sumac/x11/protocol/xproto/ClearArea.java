// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ClearArea request (opcode 61).
 *
 * @param exposures BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param window WINDOW
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 */
public record ClearArea(int exposures, int window, int x, int y, int width, int height) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ClearArea parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int exposures = in_.card8At(1);
        int window = in_.int32At(4);
        int x = in_.int16At(8);
        int y = in_.int16At(10);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        return new ClearArea(exposures, window, x, y, width, height);
    }
}
