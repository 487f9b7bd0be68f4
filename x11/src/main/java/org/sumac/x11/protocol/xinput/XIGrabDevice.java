// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * XIGrabDevice request (minor opcode 51).
 *
 * @param window WINDOW
 * @param time TIMESTAMP
 * @param cursor CURSOR
 * @param deviceid DeviceId
 * @param mode CARD8, values of GrabMode
 * @param pairedDeviceMode CARD8, values of GrabMode
 * @param ownerEvents BOOL, values of GrabOwner (as sent: 0 False, 1 True, anything else BadValue)
 * @param maskLen CARD16
 * @param mask list of CARD32, mask_len items
 */
public record XIGrabDevice(int window, int time, int cursor, int deviceid, int mode, int pairedDeviceMode, int ownerEvents, int maskLen, Card32List mask) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static XIGrabDevice parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int window = in_.int32At(4);
        int time = in_.int32At(8);
        int cursor = in_.int32At(12);
        int deviceid = in_.card16At(16);
        int mode = in_.card8At(18);
        int pairedDeviceMode = in_.card8At(19);
        int ownerEvents = in_.card8At(20);
        int maskLen = in_.card16At(22);
        int maskN_ = maskLen;
        int pos_ = 24;
        Card32List mask = new Card32List(in_, pos_, maskN_);
        pos_ += maskN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new XIGrabDevice(window, time, cursor, deviceid, mode, pairedDeviceMode, ownerEvents, maskLen, mask);
    }

    /**
     * The reply to XIGrabDevice.
     *
     * @param status CARD8, values of GrabStatus
     */
    public record Reply(int status) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u8(status);
            o.zeros(23);
        }
    }
}
