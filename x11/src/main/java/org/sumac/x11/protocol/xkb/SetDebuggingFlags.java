// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetDebuggingFlags request (minor opcode 101).
 *
 * @param msgLength CARD16
 * @param affectFlags CARD32
 * @param flags CARD32
 * @param affectCtrls CARD32
 * @param ctrls CARD32
 * @param message list of STRING8, msgLength items
 */
public record SetDebuggingFlags(int msgLength, int affectFlags, int flags, int affectCtrls, int ctrls, ByteList message) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetDebuggingFlags parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int msgLength = in_.card16At(4);
        int affectFlags = in_.int32At(8);
        int flags = in_.int32At(12);
        int affectCtrls = in_.int32At(16);
        int ctrls = in_.int32At(20);
        int messageN_ = msgLength;
        int pos_ = 24;
        ByteList message = new ByteList(in_, pos_, messageN_);
        pos_ += messageN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetDebuggingFlags(msgLength, affectFlags, flags, affectCtrls, ctrls, message);
    }

    /**
     * The reply to SetDebuggingFlags.
     *
     * @param currentFlags CARD32
     * @param currentCtrls CARD32
     * @param supportedFlags CARD32
     * @param supportedCtrls CARD32
     */
    public record Reply(int currentFlags, int currentCtrls, int supportedFlags, int supportedCtrls) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(currentFlags);
            o.i32(currentCtrls);
            o.i32(supportedFlags);
            o.i32(supportedCtrls);
            o.zeros(8);
        }
    }
}
