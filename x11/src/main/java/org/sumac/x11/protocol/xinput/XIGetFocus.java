// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * XIGetFocus request (minor opcode 50).
 *
 * @param deviceid DeviceId
 */
public record XIGetFocus(int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIGetFocus parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceid = in_.card16At(4);
        return new XIGetFocus(deviceid);
    }

    /**
     * The reply to XIGetFocus.
     *
     * @param focus WINDOW
     */
    public record Reply(int focus) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(focus);
            o.zeros(20);
        }
    }
}
