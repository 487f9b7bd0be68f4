// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * SetPanning request (minor opcode 29).
 *
 * @param crtc CRTC
 * @param timestamp TIMESTAMP
 * @param left CARD16
 * @param top CARD16
 * @param width CARD16
 * @param height CARD16
 * @param trackLeft CARD16
 * @param trackTop CARD16
 * @param trackWidth CARD16
 * @param trackHeight CARD16
 * @param borderLeft INT16
 * @param borderTop INT16
 * @param borderRight INT16
 * @param borderBottom INT16
 */
public record SetPanning(int crtc, int timestamp, int left, int top, int width, int height, int trackLeft, int trackTop, int trackWidth, int trackHeight, int borderLeft, int borderTop, int borderRight, int borderBottom) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetPanning parse(RequestReader in_) {
        if (in_.length() != 36) throw XError.length();
        int crtc = in_.int32At(4);
        int timestamp = in_.int32At(8);
        int left = in_.card16At(12);
        int top = in_.card16At(14);
        int width = in_.card16At(16);
        int height = in_.card16At(18);
        int trackLeft = in_.card16At(20);
        int trackTop = in_.card16At(22);
        int trackWidth = in_.card16At(24);
        int trackHeight = in_.card16At(26);
        int borderLeft = in_.int16At(28);
        int borderTop = in_.int16At(30);
        int borderRight = in_.int16At(32);
        int borderBottom = in_.int16At(34);
        return new SetPanning(crtc, timestamp, left, top, width, height, trackLeft, trackTop, trackWidth, trackHeight, borderLeft, borderTop, borderRight, borderBottom);
    }

    /**
     * The reply to SetPanning.
     *
     * @param status CARD8, values of SetConfig
     * @param timestamp TIMESTAMP
     */
    public record Reply(int status, int timestamp) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(timestamp);
        }
    }
}
