// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * ChangeDeviceKeyMapping request (minor opcode 25).
 *
 * @param deviceId CARD8
 * @param firstKeycode KeyCode
 * @param keysymsPerKeycode CARD8
 * @param keycodeCount CARD8
 * @param keysyms list of KEYSYM, length by an expression
 */
public record ChangeDeviceKeyMapping(int deviceId, int firstKeycode, int keysymsPerKeycode, int keycodeCount, Card32List keysyms) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangeDeviceKeyMapping parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int deviceId = in_.card8At(4);
        int firstKeycode = in_.card8At(5);
        int keysymsPerKeycode = in_.card8At(6);
        int keycodeCount = in_.card8At(7);
        int keysymsN_ = (keycodeCount * keysymsPerKeycode);
        int pos_ = 8;
        Card32List keysyms = new Card32List(in_, pos_, keysymsN_);
        pos_ += keysymsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangeDeviceKeyMapping(deviceId, firstKeycode, keysymsPerKeycode, keycodeCount, keysyms);
    }
}
