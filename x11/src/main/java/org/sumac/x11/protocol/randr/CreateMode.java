// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * CreateMode request (minor opcode 16).
 *
 * @param window WINDOW
 * @param modeInfo ModeInfo
 * @param name list of char, the rest of the request
 */
public record CreateMode(int window, ModeInfo modeInfo, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateMode parse(RequestReader in_) {
        if (in_.length() < 40) throw XError.length();
        int window = in_.int32At(4);
        ModeInfo modeInfo = ModeInfo.read(in_, 8);
        int pos_ = 40;
        if (in_.length() < pos_ || (in_.length() - pos_) % 1 != 0) throw XError.length();
        int nameN_ = (in_.length() - pos_) / 1;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateMode(window, modeInfo, name);
    }

    /**
     * The reply to CreateMode.
     *
     * @param mode MODE
     */
    public record Reply(int mode) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(mode);
            o.zeros(20);
        }
    }
}
