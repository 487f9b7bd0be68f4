// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetPointerMapping request (opcode 116).
 *
 * @param mapLen CARD8
 * @param map list of CARD8, map_len items
 */
public record SetPointerMapping(int mapLen, ByteList map) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetPointerMapping parse(RequestReader in_) {
        if (in_.length() < 4) throw XError.length();
        int mapLen = in_.card8At(1);
        int mapN_ = mapLen;
        int pos_ = 4;
        ByteList map = new ByteList(in_, pos_, mapN_);
        pos_ += mapN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetPointerMapping(mapLen, map);
    }

    /**
     * The reply to SetPointerMapping.
     *
     * @param status BYTE, values of MappingStatus
     */
    public record Reply(int status) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
        }
    }
}
