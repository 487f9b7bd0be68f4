// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetRegion request (minor opcode 11).
 *
 * @param region REGION
 * @param rectangles list of RECTANGLE, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record SetRegion(int region, org.sumac.x11.protocol.xproto.RectangleList rectangles) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether rectangles
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static SetRegion parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int region = in_.int32At(4);
        org.sumac.x11.protocol.xproto.RectangleList rectangles = (in_.length() - 8) % 8 == 0
            ? new org.sumac.x11.protocol.xproto.RectangleList(in_, 8, (in_.length() - 8) / 8) : null;
        return new SetRegion(region, rectangles);
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
