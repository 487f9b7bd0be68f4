// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XISetFocus request (minor opcode 49).
 *
 * @param window WINDOW
 * @param time TIMESTAMP
 * @param deviceid DeviceId
 */
public record XISetFocus(int window, int time, int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XISetFocus parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int window = in_.int32At(4);
        int time = in_.int32At(8);
        int deviceid = in_.card16At(12);
        return new XISetFocus(window, time, deviceid);
    }
}
