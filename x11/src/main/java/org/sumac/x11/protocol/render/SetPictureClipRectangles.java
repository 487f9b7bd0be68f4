// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetPictureClipRectangles request (minor opcode 6).
 *
 * @param picture PICTURE
 * @param clipXOrigin INT16
 * @param clipYOrigin INT16
 * @param rectangles list of RECTANGLE, the rest of the request
 */
public record SetPictureClipRectangles(int picture, int clipXOrigin, int clipYOrigin, org.sumac.x11.protocol.xproto.RectangleList rectangles) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetPictureClipRectangles parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int clipXOrigin = in_.int16At(8);
        int clipYOrigin = in_.int16At(10);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int rectanglesN_ = (in_.length() - pos_) / 8;
        org.sumac.x11.protocol.xproto.RectangleList rectangles = new org.sumac.x11.protocol.xproto.RectangleList(in_, pos_, rectanglesN_);
        pos_ += rectanglesN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetPictureClipRectangles(picture, clipXOrigin, clipYOrigin, rectangles);
    }
}
