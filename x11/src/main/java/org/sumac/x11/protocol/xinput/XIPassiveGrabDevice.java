// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * XIPassiveGrabDevice request (minor opcode 54).
 *
 * @param time TIMESTAMP
 * @param grabWindow WINDOW
 * @param cursor CURSOR
 * @param detail CARD32
 * @param deviceid DeviceId
 * @param numModifiers CARD16
 * @param maskLen CARD16
 * @param grabType CARD8, values of GrabType
 * @param grabMode CARD8, values of GrabMode22
 * @param pairedDeviceMode CARD8, values of GrabMode
 * @param ownerEvents BOOL, values of GrabOwner (as sent: 0 False, 1 True, anything else BadValue)
 * @param mask list of CARD32, mask_len items
 * @param modifiers list of CARD32, num_modifiers items
 */
public record XIPassiveGrabDevice(int time, int grabWindow, int cursor, int detail, int deviceid, int numModifiers, int maskLen, int grabType, int grabMode, int pairedDeviceMode, int ownerEvents, Card32List mask, Card32List modifiers) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static XIPassiveGrabDevice parse(RequestReader in_) {
        if (in_.length() < 32) throw XError.length();
        int time = in_.int32At(4);
        int grabWindow = in_.int32At(8);
        int cursor = in_.int32At(12);
        int detail = in_.int32At(16);
        int deviceid = in_.card16At(20);
        int numModifiers = in_.card16At(22);
        int maskLen = in_.card16At(24);
        int grabType = in_.card8At(26);
        int grabMode = in_.card8At(27);
        int pairedDeviceMode = in_.card8At(28);
        int ownerEvents = in_.card8At(29);
        int maskN_ = maskLen;
        int pos_ = 32;
        Card32List mask = new Card32List(in_, pos_, maskN_);
        pos_ += maskN_ * 4;
        int modifiersN_ = numModifiers;
        Card32List modifiers = new Card32List(in_, pos_, modifiersN_);
        pos_ += modifiersN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new XIPassiveGrabDevice(time, grabWindow, cursor, detail, deviceid, numModifiers, maskLen, grabType, grabMode, pairedDeviceMode, ownerEvents, mask, modifiers);
    }

    /**
     * The reply to XIPassiveGrabDevice.
     *
     * @param modifiers list of GrabModifierInfo, num_modifiers items
     */
    public record Reply(java.util.List<GrabModifierInfo> modifiers) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(modifiers.size());
            o.zeros(22);
            for (var e_ : modifiers) e_.write(o);
        }
    }
}
