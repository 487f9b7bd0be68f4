// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * XIGetClientPointer request (minor opcode 45).
 *
 * @param window WINDOW
 */
public record XIGetClientPointer(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIGetClientPointer parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new XIGetClientPointer(window);
    }

    /**
     * The reply to XIGetClientPointer.
     *
     * @param set BOOL
     * @param deviceid DeviceId
     */
    public record Reply(boolean set, int deviceid) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.bool(set);
            o.zeros(1);
            o.u16(deviceid);
            o.zeros(20);
        }
    }
}
