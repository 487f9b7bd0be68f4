// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectCursorInput request (minor opcode 3).
 *
 * @param window WINDOW
 * @param eventMask CARD32, mask of CursorNotifyMask
 */
public record SelectCursorInput(int window, int eventMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SelectCursorInput parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int eventMask = in_.int32At(8);
        return new SelectCursorInput(window, eventMask);
    }
}
