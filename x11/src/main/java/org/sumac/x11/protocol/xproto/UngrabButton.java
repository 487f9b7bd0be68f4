// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * UngrabButton request (opcode 29).
 *
 * @param button CARD8, values of ButtonIndex
 * @param grabWindow WINDOW
 * @param modifiers CARD16, mask of ModMask
 */
public record UngrabButton(int button, int grabWindow, int modifiers) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static UngrabButton parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int button = in_.card8At(1);
        int grabWindow = in_.int32At(4);
        int modifiers = in_.card16At(8);
        return new UngrabButton(button, grabWindow, modifiers);
    }
}
