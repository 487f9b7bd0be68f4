// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * QueryExtension request (opcode 98).
 *
 * @param nameLen CARD16
 * @param name list of char, name_len items
 */
public record QueryExtension(int nameLen, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static QueryExtension parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int nameLen = in_.card16At(4);
        int nameN_ = nameLen;
        int pos_ = 8;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new QueryExtension(nameLen, name);
    }

    /**
     * The reply to QueryExtension.
     *
     * @param present BOOL
     * @param majorOpcode CARD8
     * @param firstEvent CARD8
     * @param firstError CARD8
     */
    public record Reply(boolean present, int majorOpcode, int firstEvent, int firstError) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.bool(present);
            o.u8(majorOpcode);
            o.u8(firstEvent);
            o.u8(firstError);
        }
    }
}
