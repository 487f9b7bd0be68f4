// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCrtcInfo request (minor opcode 20).
 *
 * @param crtc CRTC
 * @param configTimestamp TIMESTAMP
 */
public record GetCrtcInfo(int crtc, int configTimestamp) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCrtcInfo parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int crtc = in_.int32At(4);
        int configTimestamp = in_.int32At(8);
        return new GetCrtcInfo(crtc, configTimestamp);
    }

    /**
     * The reply to GetCrtcInfo.
     *
     * @param status CARD8, values of SetConfig
     * @param timestamp TIMESTAMP
     * @param x INT16
     * @param y INT16
     * @param width CARD16
     * @param height CARD16
     * @param mode MODE
     * @param rotation CARD16, mask of Rotation
     * @param rotations CARD16, mask of Rotation
     * @param outputs list of OUTPUT, num_outputs items
     * @param possible list of OUTPUT, num_possible_outputs items
     */
    public record Reply(int status, int timestamp, int x, int y, int width, int height, int mode, int rotation, int rotations, int[] outputs, int[] possible) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(timestamp);
            o.u16(x);
            o.u16(y);
            o.u16(width);
            o.u16(height);
            o.i32(mode);
            o.u16(rotation);
            o.u16(rotations);
            o.u16(outputs.length);
            o.u16(possible.length);
            for (var e_ : outputs) o.i32(e_);
            for (var e_ : possible) o.i32(e_);
        }
    }
}
