// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Mask request (minor opcode 2).
 *
 * @param operation OP, values of SO
 * @param destinationKind KIND, values of SK
 * @param destinationWindow WINDOW
 * @param xOffset INT16
 * @param yOffset INT16
 * @param sourceBitmap PIXMAP
 */
public record Mask(int operation, int destinationKind, int destinationWindow, int xOffset, int yOffset, int sourceBitmap) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Mask parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int operation = in_.card8At(4);
        int destinationKind = in_.card8At(5);
        int destinationWindow = in_.int32At(8);
        int xOffset = in_.int16At(12);
        int yOffset = in_.int16At(14);
        int sourceBitmap = in_.int32At(16);
        return new Mask(operation, destinationKind, destinationWindow, xOffset, yOffset, sourceBitmap);
    }
}
