// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * GrabDevice request (minor opcode 13).
 *
 * @param grabWindow WINDOW
 * @param time TIMESTAMP
 * @param numClasses CARD16
 * @param thisDeviceMode CARD8, values of GrabMode
 * @param otherDeviceMode CARD8, values of GrabMode
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param deviceId CARD8
 * @param classes list of EventClass, num_classes items
 */
public record GrabDevice(int grabWindow, int time, int numClasses, int thisDeviceMode, int otherDeviceMode, int ownerEvents, int deviceId, Card32List classes) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static GrabDevice parse(RequestReader in_) {
        if (in_.length() < 20) throw XError.length();
        int grabWindow = in_.int32At(4);
        int time = in_.int32At(8);
        int numClasses = in_.card16At(12);
        int thisDeviceMode = in_.card8At(14);
        int otherDeviceMode = in_.card8At(15);
        int ownerEvents = in_.card8At(16);
        int deviceId = in_.card8At(17);
        int classesN_ = numClasses;
        int pos_ = 20;
        Card32List classes = new Card32List(in_, pos_, classesN_);
        pos_ += classesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new GrabDevice(grabWindow, time, numClasses, thisDeviceMode, otherDeviceMode, ownerEvents, deviceId, classes);
    }

    /**
     * The reply to GrabDevice.
     *
     * @param xiReplyType CARD8
     * @param status CARD8, values of GrabStatus
     */
    public record Reply(int xiReplyType, int status) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u8(status);
            o.zeros(23);
        }
    }
}
