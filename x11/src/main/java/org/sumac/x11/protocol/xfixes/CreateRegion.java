// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateRegion request (minor opcode 5).
 *
 * @param region REGION
 * @param rectangles list of RECTANGLE, the rest of the request
 */
public record CreateRegion(int region, org.sumac.x11.protocol.xproto.RectangleList rectangles) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateRegion parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int region = in_.int32At(4);
        int pos_ = 8;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int rectanglesN_ = (in_.length() - pos_) / 8;
        org.sumac.x11.protocol.xproto.RectangleList rectangles = new org.sumac.x11.protocol.xproto.RectangleList(in_, pos_, rectanglesN_);
        pos_ += rectanglesN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateRegion(region, rectangles);
    }
}
