// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetPanning request (minor opcode 28).
 *
 * @param crtc CRTC
 */
public record GetPanning(int crtc) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetPanning parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int crtc = in_.int32At(4);
        return new GetPanning(crtc);
    }

    /**
     * The reply to GetPanning.
     *
     * @param status CARD8, values of SetConfig
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
    public record Reply(int status, int timestamp, int left, int top, int width, int height, int trackLeft, int trackTop, int trackWidth, int trackHeight, int borderLeft, int borderTop, int borderRight, int borderBottom) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(timestamp);
            o.u16(left);
            o.u16(top);
            o.u16(width);
            o.u16(height);
            o.u16(trackLeft);
            o.u16(trackTop);
            o.u16(trackWidth);
            o.u16(trackHeight);
            o.u16(borderLeft);
            o.u16(borderTop);
            o.u16(borderRight);
            o.u16(borderBottom);
        }
    }
}
