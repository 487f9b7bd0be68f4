// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Rectangles request (minor opcode 1).
 *
 * @param operation OP, values of SO
 * @param destinationKind KIND, values of SK
 * @param ordering BYTE, values of ClipOrdering
 * @param destinationWindow WINDOW
 * @param xOffset INT16
 * @param yOffset INT16
 * @param rectangles list of RECTANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record Rectangles(int operation, int destinationKind, int ordering, int destinationWindow, int xOffset, int yOffset, org.sumac.x11.protocol.xproto.RectangleList rectangles) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether rectangles
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static Rectangles parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int operation = in_.card8At(4);
        int destinationKind = in_.card8At(5);
        int ordering = in_.card8At(6);
        int destinationWindow = in_.int32At(8);
        int xOffset = in_.int16At(12);
        int yOffset = in_.int16At(14);
        org.sumac.x11.protocol.xproto.RectangleList rectangles = (in_.length() - 16) % 8 == 0
            ? new org.sumac.x11.protocol.xproto.RectangleList(in_, 16, (in_.length() - 16) / 8) : null;
        return new Rectangles(operation, destinationKind, ordering, destinationWindow, xOffset, yOffset, rectangles);
    }

    /**
     * The rectangles, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public org.sumac.x11.protocol.xproto.RectangleList rectangles() {
        if (rectangles == null) throw XError.length();
        return rectangles;
    }
}
