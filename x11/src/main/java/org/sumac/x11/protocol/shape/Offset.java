// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Offset request (minor opcode 4).
 *
 * @param destinationKind KIND, values of SK
 * @param destinationWindow WINDOW
 * @param xOffset INT16
 * @param yOffset INT16
 */
public record Offset(int destinationKind, int destinationWindow, int xOffset, int yOffset) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Offset parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int destinationKind = in_.card8At(4);
        int destinationWindow = in_.int32At(8);
        int xOffset = in_.int16At(12);
        int yOffset = in_.int16At(14);
        return new Offset(destinationKind, destinationWindow, xOffset, yOffset);
    }
}
