// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Combine request (minor opcode 3).
 *
 * @param operation OP, values of SO
 * @param destinationKind KIND, values of SK
 * @param sourceKind KIND, values of SK
 * @param destinationWindow WINDOW
 * @param xOffset INT16
 * @param yOffset INT16
 * @param sourceWindow WINDOW
 */
public record Combine(int operation, int destinationKind, int sourceKind, int destinationWindow, int xOffset, int yOffset, int sourceWindow) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Combine parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int operation = in_.card8At(4);
        int destinationKind = in_.card8At(5);
        int sourceKind = in_.card8At(6);
        int destinationWindow = in_.int32At(8);
        int xOffset = in_.int16At(12);
        int yOffset = in_.int16At(14);
        int sourceWindow = in_.int32At(16);
        return new Combine(operation, destinationKind, sourceKind, destinationWindow, xOffset, yOffset, sourceWindow);
    }
}
