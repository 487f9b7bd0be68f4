// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * ChangeWindowAttributes request (opcode 2).
 *
 * @param window WINDOW
 * @param valueMask CARD32, mask of CW
 * @param valueList value list, one word per mask bit: backgroundPixmap (0x1, PIXMAP), backgroundPixel (0x2, CARD32), borderPixmap (0x4, PIXMAP), borderPixel (0x8, CARD32), bitGravity (0x10, CARD32), winGravity (0x20, CARD32), backingStore (0x40, CARD32), backingPlanes (0x80, CARD32), backingPixel (0x100, CARD32), overrideRedirect (0x200, BOOL32), saveUnder (0x400, BOOL32), eventMask (0x800, CARD32), doNotPropogateMask (0x1000, CARD32), colormap (0x2000, COLORMAP), cursor (0x4000, CURSOR) (BadLength when taken if the request's length differs)
 */
public record ChangeWindowAttributes(int window, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether valueList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static ChangeWindowAttributes parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int window = in_.int32At(4);
        int valueMask = in_.int32At(8);
        ValueList valueList = in_.length() == 12 + 4 * Integer.bitCount(valueMask)
            ? new ValueList(in_, 12, valueMask) : null;
        return new ChangeWindowAttributes(window, valueMask, valueList);
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
