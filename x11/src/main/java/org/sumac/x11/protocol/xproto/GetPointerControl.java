// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetPointerControl request (opcode 106).
 */
public record GetPointerControl() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetPointerControl parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetPointerControl();
    }

    /**
     * The reply to GetPointerControl.
     *
     * @param accelerationNumerator CARD16
     * @param accelerationDenominator CARD16
     * @param threshold CARD16
     */
    public record Reply(int accelerationNumerator, int accelerationDenominator, int threshold) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(accelerationNumerator);
            o.u16(accelerationDenominator);
            o.u16(threshold);
            o.zeros(18);
        }
    }
}
