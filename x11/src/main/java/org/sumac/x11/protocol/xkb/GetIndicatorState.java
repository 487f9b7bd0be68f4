// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetIndicatorState request (minor opcode 12).
 *
 * @param deviceSpec DeviceSpec
 */
public record GetIndicatorState(int deviceSpec) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetIndicatorState parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceSpec = in_.card16At(4);
        return new GetIndicatorState(deviceSpec);
    }

    /**
     * The reply to GetIndicatorState.
     *
     * @param deviceID CARD8
     * @param state CARD32
     */
    public record Reply(int deviceID, int state) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.i32(state);
            o.zeros(20);
        }
    }
}
