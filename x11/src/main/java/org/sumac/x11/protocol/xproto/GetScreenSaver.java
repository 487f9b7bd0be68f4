// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetScreenSaver request (opcode 108).
 */
public record GetScreenSaver() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetScreenSaver parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetScreenSaver();
    }

    /**
     * The reply to GetScreenSaver.
     *
     * @param timeout CARD16
     * @param interval CARD16
     * @param preferBlanking BYTE, values of Blanking
     * @param allowExposures BYTE, values of Exposures
     */
    public record Reply(int timeout, int interval, int preferBlanking, int allowExposures) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(timeout);
            o.u16(interval);
            o.u8(preferBlanking);
            o.u8(allowExposures);
            o.zeros(18);
        }
    }
}
