// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * ConfigureWindow request (opcode 12).
 *
 * @param window WINDOW
 * @param valueMask CARD16, mask of ConfigWindow
 * @param valueList value list, one word per mask bit: x (0x1, INT32), y (0x2, INT32), width (0x4, CARD32), height (0x8, CARD32), borderWidth (0x10, CARD32), sibling (0x20, WINDOW), stackMode (0x40, CARD32) (BadLength when taken if the request's length differs)
 */
public record ConfigureWindow(int window, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether valueList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static ConfigureWindow parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int window = in_.int32At(4);
        int valueMask = in_.card16At(8);
        ValueList valueList = in_.length() == 12 + 4 * Integer.bitCount(valueMask)
            ? new ValueList(in_, 12, valueMask) : null;
        return new ConfigureWindow(window, valueMask, valueList);
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
