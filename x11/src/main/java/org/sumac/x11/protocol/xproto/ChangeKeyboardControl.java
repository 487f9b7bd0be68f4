// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * ChangeKeyboardControl request (opcode 102).
 *
 * @param valueMask CARD32, mask of KB
 * @param valueList value list, one word per mask bit: keyClickPercent (0x1, INT32), bellPercent (0x2, INT32), bellPitch (0x4, INT32), bellDuration (0x8, INT32), led (0x10, CARD32), ledMode (0x20, CARD32), key (0x40, KEYCODE32), autoRepeatMode (0x80, CARD32)
 */
public record ChangeKeyboardControl(int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangeKeyboardControl parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int valueMask = in_.int32At(4);
        int pos_ = 8;
        ValueList valueList = new ValueList(in_, pos_, valueMask);
        pos_ += 4 * valueList.size();
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangeKeyboardControl(valueMask, valueList);
    }
}
