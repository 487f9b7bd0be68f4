// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * ChangeGC request (opcode 56).
 *
 * @param gc GCONTEXT
 * @param valueMask CARD32, mask of GC
 * @param valueList value list, one word per mask bit: function (0x1, CARD32), planeMask (0x2, CARD32), foreground (0x4, CARD32), background (0x8, CARD32), lineWidth (0x10, CARD32), lineStyle (0x20, CARD32), capStyle (0x40, CARD32), joinStyle (0x80, CARD32), fillStyle (0x100, CARD32), fillRule (0x200, CARD32), tile (0x400, PIXMAP), stipple (0x800, PIXMAP), tileStippleXOrigin (0x1000, INT32), tileStippleYOrigin (0x2000, INT32), font (0x4000, FONT), subwindowMode (0x8000, CARD32), graphicsExposures (0x10000, BOOL32), clipXOrigin (0x20000, INT32), clipYOrigin (0x40000, INT32), clipMask (0x80000, PIXMAP), dashOffset (0x100000, CARD32), dashes (0x200000, CARD32), arcMode (0x400000, CARD32) (BadLength when taken if the request's length differs)
 */
public record ChangeGC(int gc, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether valueList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static ChangeGC parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int gc = in_.int32At(4);
        int valueMask = in_.int32At(8);
        ValueList valueList = in_.length() == 12 + 4 * Integer.bitCount(valueMask)
            ? new ValueList(in_, 12, valueMask) : null;
        return new ChangeGC(gc, valueMask, valueList);
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
