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
 * @param valueList value list, one word per mask bit: x (0x1, INT32), y (0x2, INT32), width (0x4, CARD32), height (0x8, CARD32), borderWidth (0x10, CARD32), sibling (0x20, WINDOW), stackMode (0x40, CARD32)
 */
public record ConfigureWindow(int window, int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ConfigureWindow parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int window = in_.int32At(4);
        int valueMask = in_.card16At(8);
        int pos_ = 12;
        ValueList valueList = new ValueList(in_, pos_, valueMask);
        pos_ += 4 * valueList.size();
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ConfigureWindow(window, valueMask, valueList);
    }
}
