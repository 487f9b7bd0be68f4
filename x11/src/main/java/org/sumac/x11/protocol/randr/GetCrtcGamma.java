// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCrtcGamma request (minor opcode 23).
 *
 * @param crtc CRTC
 */
public record GetCrtcGamma(int crtc) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCrtcGamma parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int crtc = in_.int32At(4);
        return new GetCrtcGamma(crtc);
    }

    /**
     * The reply to GetCrtcGamma.
     *
     * @param sizeValue CARD16
     * @param red list of CARD16, size items
     * @param green list of CARD16, size items
     * @param blue list of CARD16, size items
     */
    public record Reply(int sizeValue, int[] red, int[] green, int[] blue) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(sizeValue);
            o.zeros(22);
            for (var e_ : red) o.u16(e_);
            for (var e_ : green) o.u16(e_);
            for (var e_ : blue) o.u16(e_);
        }
    }
}
