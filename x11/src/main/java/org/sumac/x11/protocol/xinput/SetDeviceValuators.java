// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * SetDeviceValuators request (minor opcode 33).
 *
 * @param deviceId CARD8
 * @param firstValuator CARD8
 * @param numValuators CARD8
 * @param valuators list of INT32, num_valuators items
 */
public record SetDeviceValuators(int deviceId, int firstValuator, int numValuators, Card32List valuators) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetDeviceValuators parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int deviceId = in_.card8At(4);
        int firstValuator = in_.card8At(5);
        int numValuators = in_.card8At(6);
        int valuatorsN_ = numValuators;
        int pos_ = 8;
        Card32List valuators = new Card32List(in_, pos_, valuatorsN_);
        pos_ += valuatorsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetDeviceValuators(deviceId, firstValuator, numValuators, valuators);
    }

    /**
     * The reply to SetDeviceValuators.
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
