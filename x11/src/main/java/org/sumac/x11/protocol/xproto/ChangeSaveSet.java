// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangeSaveSet request (opcode 6).
 *
 * @param mode BYTE, values of SetMode
 * @param window WINDOW
 */
public record ChangeSaveSet(int mode, int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangeSaveSet parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int mode = in_.card8At(1);
        int window = in_.int32At(4);
        return new ChangeSaveSet(mode, window);
    }
}
