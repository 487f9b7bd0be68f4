// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCrtcGammaSize request (minor opcode 22).
 *
 * @param crtc CRTC
 */
public record GetCrtcGammaSize(int crtc) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCrtcGammaSize parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int crtc = in_.int32At(4);
        return new GetCrtcGammaSize(crtc);
    }

    /**
     * The reply to GetCrtcGammaSize.
     *
     * @param sizeValue CARD16
     */
    public record Reply(int sizeValue) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(sizeValue);
            o.zeros(22);
        }
    }
}
