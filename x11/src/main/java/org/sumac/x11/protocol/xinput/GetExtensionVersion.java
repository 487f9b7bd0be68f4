// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * GetExtensionVersion request (minor opcode 1).
 *
 * @param nameLen CARD16
 * @param name list of char, name_len items
 */
public record GetExtensionVersion(int nameLen, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static GetExtensionVersion parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int nameLen = in_.card16At(4);
        int nameN_ = nameLen;
        int pos_ = 8;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new GetExtensionVersion(nameLen, name);
    }

    /**
     * The reply to GetExtensionVersion.
     *
     * @param xiReplyType CARD8
     * @param serverMajor CARD16
     * @param serverMinor CARD16
     * @param present BOOL
     */
    public record Reply(int xiReplyType, int serverMajor, int serverMinor, boolean present) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, xiReplyType);
            o.u16(serverMajor);
            o.u16(serverMinor);
            o.bool(present);
            o.zeros(19);
        }
    }
}
