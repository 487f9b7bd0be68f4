// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * ChangePicture request (minor opcode 5).
 *
 * @param picture PICTURE
 * @param valueMask CARD32, mask of CP
 * @param valueList value list, one word per mask bit: repeat (0x1, CARD32), alphamap (0x2, PICTURE), alphaxorigin (0x4, INT32), alphayorigin (0x8, INT32), clipxorigin (0x10, INT32), clipyorigin (0x20, INT32), clipmask (0x40, PIXMAP), graphicsexposure (0x80, CARD32), subwindowmode (0x100, CARD32), polyedge (0x200, CARD32), polymode (0x400, CARD32), dither (0x800, ATOM), componentalpha (0x1000, CARD32)
 */
public record ChangePicture(int picture, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangePicture parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int valueMask = in_.int32At(8);
        int pos_ = 12;
        ValueList valueList = new ValueList(in_, pos_, valueMask);
        pos_ += 4 * valueList.size();
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangePicture(picture, valueMask, valueList);
    }
}
