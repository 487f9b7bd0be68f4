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
 * @param valueList value list, one word per mask bit: repeat (0x1, CARD32), alphamap (0x2, PICTURE), alphaxorigin (0x4, INT32), alphayorigin (0x8, INT32), clipxorigin (0x10, INT32), clipyorigin (0x20, INT32), clipmask (0x40, PIXMAP), graphicsexposure (0x80, CARD32), subwindowmode (0x100, CARD32), polyedge (0x200, CARD32), polymode (0x400, CARD32), dither (0x800, ATOM), componentalpha (0x1000, CARD32) (BadLength when taken if the request's length differs)
 */
public record ChangePicture(int picture, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether valueList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static ChangePicture parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int valueMask = in_.int32At(8);
        ValueList valueList = in_.length() == 12 + 4 * Integer.bitCount(valueMask)
            ? new ValueList(in_, 12, valueMask) : null;
        return new ChangePicture(picture, valueMask, valueList);
    }

    /**
     * The valueList, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public ValueList valueList() {
        if (valueList == null) throw XError.length();
        return valueList;
    }
}
