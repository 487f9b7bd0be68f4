// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ValueList;

/**
 * ChangeKeyboardControl request (opcode 102).
 *
 * @param valueMask CARD32, mask of KB
 * @param valueList value list, one word per mask bit: keyClickPercent (0x1, INT32), bellPercent (0x2, INT32), bellPitch (0x4, INT32), bellDuration (0x8, INT32), led (0x10, CARD32), ledMode (0x20, CARD32), key (0x40, KEYCODE32), autoRepeatMode (0x80, CARD32) (BadLength when taken if the request's length differs)
 */
public record ChangeKeyboardControl(int valueMask, ValueList valueList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether valueList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static ChangeKeyboardControl parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int valueMask = in_.int32At(4);
        ValueList valueList = in_.length() == 8 + 4 * Integer.bitCount(valueMask)
            ? new ValueList(in_, 8, valueMask) : null;
        return new ChangeKeyboardControl(valueMask, valueList);
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
