// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectSelectionInput request (minor opcode 2).
 *
 * @param window WINDOW
 * @param selection ATOM
 * @param eventMask CARD32, mask of SelectionEventMask
 */
public record SelectSelectionInput(int window, int selection, int eventMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SelectSelectionInput parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int window = in_.int32At(4);
        int selection = in_.int32At(8);
        int eventMask = in_.int32At(12);
        return new SelectSelectionInput(window, selection, eventMask);
    }
}
