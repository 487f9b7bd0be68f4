// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * InternAtom request (opcode 16).
 *
 * @param onlyIfExists BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param nameLen CARD16
 * @param name list of char, name_len items
 */
public record InternAtom(int onlyIfExists, int nameLen, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static InternAtom parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int onlyIfExists = in_.card8At(1);
        int nameLen = in_.card16At(4);
        int nameN_ = nameLen;
        int pos_ = 8;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new InternAtom(onlyIfExists, nameLen, name);
    }

    /**
     * The reply to InternAtom.
     *
     * @param atom ATOM
     */
    public record Reply(int atom) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(atom);
        }
    }
}
