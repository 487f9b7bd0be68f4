// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * XIListProperties request (minor opcode 56).
 *
 * @param deviceid DeviceId
 */
public record XIListProperties(int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIListProperties parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceid = in_.card16At(4);
        return new XIListProperties(deviceid);
    }

    /**
     * The reply to XIListProperties.
     *
     * @param properties list of ATOM, num_properties items
     */
    public record Reply(int[] properties) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(properties.length);
            o.zeros(22);
            for (var e_ : properties) o.i32(e_);
        }
    }
}
