// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * CreateGC request (opcode 55).
 *
 * @param cid GCONTEXT
 * @param drawable DRAWABLE
 * @param valueMask CARD32, mask of GC
 * @param valueList value list, one word per mask bit: function (0x1, CARD32), planeMask (0x2, CARD32), foreground (0x4, CARD32), background (0x8, CARD32), lineWidth (0x10, CARD32), lineStyle (0x20, CARD32), capStyle (0x40, CARD32), joinStyle (0x80, CARD32), fillStyle (0x100, CARD32), fillRule (0x200, CARD32), tile (0x400, PIXMAP), stipple (0x800, PIXMAP), tileStippleXOrigin (0x1000, INT32), tileStippleYOrigin (0x2000, INT32), font (0x4000, FONT), subwindowMode (0x8000, CARD32), graphicsExposures (0x10000, BOOL32), clipXOrigin (0x20000, INT32), clipYOrigin (0x40000, INT32), clipMask (0x80000, PIXMAP), dashOffset (0x100000, CARD32), dashes (0x200000, CARD32), arcMode (0x400000, CARD32)
 */
public record CreateGC(int cid, int drawable, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateGC parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int cid = in_.int32At(4);
        int drawable = in_.int32At(8);
        int valueMask = in_.int32At(12);
        int pos_ = 16;
        ValueList valueList = new ValueList(in_, pos_, valueMask);
        pos_ += 4 * valueList.size();
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateGC(cid, drawable, valueMask, valueList);
    }
}
