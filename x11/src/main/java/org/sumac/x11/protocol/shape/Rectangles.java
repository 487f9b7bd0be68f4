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
 * @param rectangles list of RECTANGLE, the rest of the request
 */
public record Rectangles(int operation, int destinationKind, int ordering, int destinationWindow, int xOffset, int yOffset, org.sumac.x11.protocol.xproto.RectangleList rectangles) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static Rectangles parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int operation = in_.card8At(4);
        int destinationKind = in_.card8At(5);
        int ordering = in_.card8At(6);
        int destinationWindow = in_.int32At(8);
        int xOffset = in_.int16At(12);
        int yOffset = in_.int16At(14);
        int pos_ = 16;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int rectanglesN_ = (in_.length() - pos_) / 8;
        org.sumac.x11.protocol.xproto.RectangleList rectangles = new org.sumac.x11.protocol.xproto.RectangleList(in_, pos_, rectanglesN_);
        pos_ += rectanglesN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new Rectangles(operation, destinationKind, ordering, destinationWindow, xOffset, yOffset, rectangles);
    }
}
