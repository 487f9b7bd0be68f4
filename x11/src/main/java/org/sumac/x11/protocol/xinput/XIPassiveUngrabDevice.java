// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * XIPassiveUngrabDevice request (minor opcode 55).
 *
 * @param grabWindow WINDOW
 * @param detail CARD32
 * @param deviceid DeviceId
 * @param numModifiers CARD16
 * @param grabType CARD8, values of GrabType
 * @param modifiers list of CARD32, num_modifiers items
 */
public record XIPassiveUngrabDevice(int grabWindow, int detail, int deviceid, int numModifiers, int grabType, Card32List modifiers) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static XIPassiveUngrabDevice parse(RequestReader in_) {
        if (in_.length() < 20) throw XError.length();
        int grabWindow = in_.int32At(4);
        int detail = in_.int32At(8);
        int deviceid = in_.card16At(12);
        int numModifiers = in_.card16At(14);
        int grabType = in_.card8At(16);
        int modifiersN_ = numModifiers;
        int pos_ = 20;
        Card32List modifiers = new Card32List(in_, pos_, modifiersN_);
        pos_ += modifiersN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new XIPassiveUngrabDevice(grabWindow, detail, deviceid, numModifiers, grabType, modifiers);
    }
}
