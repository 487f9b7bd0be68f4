// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * SetAttributes request (minor opcode 3).
 *
 * @param drawable DRAWABLE
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param borderWidth CARD16
 * @param cls BYTE, values of WindowClass
 * @param depth CARD8
 * @param visual VISUALID
 * @param valueMask CARD32, mask of CW
 * @param valueList value list, one word per mask bit: backgroundPixmap (0x1, PIXMAP), backgroundPixel (0x2, CARD32), borderPixmap (0x4, PIXMAP), borderPixel (0x8, CARD32), bitGravity (0x10, CARD32), winGravity (0x20, CARD32), backingStore (0x40, CARD32), backingPlanes (0x80, CARD32), backingPixel (0x100, CARD32), overrideRedirect (0x200, BOOL32), saveUnder (0x400, BOOL32), eventMask (0x800, CARD32), doNotPropogateMask (0x1000, CARD32), colormap (0x2000, COLORMAP), cursor (0x4000, CURSOR) (BadLength when taken if the request's length differs)
 */
public record SetAttributes(int drawable, int x, int y, int width, int height, int borderWidth, int cls, int depth, int visual, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether valueList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static SetAttributes parse(RequestReader in_) {
        if (in_.length() < 28) throw XError.length();
        int drawable = in_.int32At(4);
        int x = in_.int16At(8);
        int y = in_.int16At(10);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        int borderWidth = in_.card16At(16);
        int cls = in_.card8At(18);
        int depth = in_.card8At(19);
        int visual = in_.int32At(20);
        int valueMask = in_.int32At(24);
        ValueList valueList = in_.length() == 28 + 4 * Integer.bitCount(valueMask)
            ? new ValueList(in_, 28, valueMask) : null;
        return new SetAttributes(drawable, x, y, width, height, borderWidth, cls, depth, visual, valueMask, valueList);
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
