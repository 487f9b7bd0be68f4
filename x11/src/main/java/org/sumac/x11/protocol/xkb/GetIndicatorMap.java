// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetIndicatorMap request (minor opcode 13).
 *
 * @param deviceSpec DeviceSpec
 * @param which CARD32
 */
public record GetIndicatorMap(int deviceSpec, int which) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetIndicatorMap parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int which = in_.int32At(8);
        return new GetIndicatorMap(deviceSpec, which);
    }

    /**
     * The reply to GetIndicatorMap.
     *
     * @param deviceID CARD8
     * @param which CARD32
     * @param realIndicators CARD32
     * @param nIndicators CARD8
     * @param maps list of IndicatorMap, length by an expression
     */
    public record Reply(int deviceID, int which, int realIndicators, int nIndicators, java.util.List<IndicatorMap> maps) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.i32(which);
            o.i32(realIndicators);
            o.u8(nIndicators);
            o.zeros(15);
            for (var e_ : maps) e_.write(o);
        }
    }
}
