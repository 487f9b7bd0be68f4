// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetOutputInfo request (minor opcode 9).
 *
 * @param output OUTPUT
 * @param configTimestamp TIMESTAMP
 */
public record GetOutputInfo(int output, int configTimestamp) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetOutputInfo parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int output = in_.int32At(4);
        int configTimestamp = in_.int32At(8);
        return new GetOutputInfo(output, configTimestamp);
    }

    /**
     * The reply to GetOutputInfo.
     *
     * @param status CARD8, values of SetConfig
     * @param timestamp TIMESTAMP
     * @param crtc CRTC
     * @param mmWidth CARD32
     * @param mmHeight CARD32
     * @param connection CARD8, values of Connection
     * @param subpixelOrder CARD8, values of SubPixel
     * @param numPreferred CARD16
     * @param crtcs list of CRTC, num_crtcs items
     * @param modes list of MODE, num_modes items
     * @param clones list of OUTPUT, num_clones items
     * @param name list of BYTE, name_len items
     */
    public record Reply(int status, int timestamp, int crtc, int mmWidth, int mmHeight, int connection, int subpixelOrder, int numPreferred, int[] crtcs, int[] modes, int[] clones, byte[] name) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(timestamp);
            o.i32(crtc);
            o.i32(mmWidth);
            o.i32(mmHeight);
            o.u8(connection);
            o.u8(subpixelOrder);
            o.u16(crtcs.length);
            o.u16(modes.length);
            o.u16(numPreferred);
            o.u16(clones.length);
            o.u16(name.length);
            for (var e_ : crtcs) o.i32(e_);
            for (var e_ : modes) o.i32(e_);
            for (var e_ : clones) o.i32(e_);
            o.bytes(name);
        }
    }
}
