// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetWindowShapeRegion request (minor opcode 21).
 *
 * @param dest WINDOW
 * @param destKind shape:KIND, values of SK
 * @param xOffset INT16
 * @param yOffset INT16
 * @param region REGION
 */
public record SetWindowShapeRegion(int dest, int destKind, int xOffset, int yOffset, int region) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetWindowShapeRegion parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int dest = in_.int32At(4);
        int destKind = in_.card8At(8);
        int xOffset = in_.int16At(12);
        int yOffset = in_.int16At(14);
        int region = in_.int32At(16);
        return new SetWindowShapeRegion(dest, destKind, xOffset, yOffset, region);
    }
}
