// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetDeviceButtonMapping request (minor opcode 29).
 *
 * @param deviceId CARD8
 * @param mapSize CARD8
 * @param map list of CARD8, map_size items
 */
public record SetDeviceButtonMapping(int deviceId, int mapSize, ByteList map) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetDeviceButtonMapping parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int deviceId = in_.card8At(4);
        int mapSize = in_.card8At(5);
        int mapN_ = mapSize;
        int pos_ = 8;
        ByteList map = new ByteList(in_, pos_, mapN_);
        pos_ += mapN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetDeviceButtonMapping(deviceId, mapSize, map);
    }

    /**
     * The reply to SetDeviceButtonMapping.
     *
     * @param xiReplyType CARD8
     * @param status CARD8, values of MappingStatus
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
