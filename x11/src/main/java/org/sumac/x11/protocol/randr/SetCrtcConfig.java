// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * SetCrtcConfig request (minor opcode 21).
 *
 * @param crtc CRTC
 * @param timestamp TIMESTAMP
 * @param configTimestamp TIMESTAMP
 * @param x INT16
 * @param y INT16
 * @param mode MODE
 * @param rotation CARD16, mask of Rotation
 * @param outputs list of OUTPUT, the rest of the request
 */
public record SetCrtcConfig(int crtc, int timestamp, int configTimestamp, int x, int y, int mode, int rotation, Card32List outputs) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetCrtcConfig parse(RequestReader in_) {
        if (in_.length() < 28) throw XError.length();
        int crtc = in_.int32At(4);
        int timestamp = in_.int32At(8);
        int configTimestamp = in_.int32At(12);
        int x = in_.int16At(16);
        int y = in_.int16At(18);
        int mode = in_.int32At(20);
        int rotation = in_.card16At(24);
        int pos_ = 28;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int outputsN_ = (in_.length() - pos_) / 4;
        Card32List outputs = new Card32List(in_, pos_, outputsN_);
        pos_ += outputsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetCrtcConfig(crtc, timestamp, configTimestamp, x, y, mode, rotation, outputs);
    }

    /**
     * The reply to SetCrtcConfig.
     *
     * @param status CARD8, values of SetConfig
     * @param timestamp TIMESTAMP
     */
    public record Reply(int status, int timestamp) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(timestamp);
            o.zeros(20);
        }
    }
}
