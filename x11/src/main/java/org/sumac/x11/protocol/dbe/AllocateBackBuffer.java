// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * AllocateBackBuffer request (minor opcode 1).
 *
 * @param window WINDOW
 * @param buffer BackBuffer
 * @param swapAction CARD8
 */
public record AllocateBackBuffer(int window, int buffer, int swapAction) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static AllocateBackBuffer parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int window = in_.int32At(4);
        int buffer = in_.int32At(8);
        int swapAction = in_.card8At(12);
        return new AllocateBackBuffer(window, buffer, swapAction);
    }
}
