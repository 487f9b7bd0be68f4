// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * AllowDeviceEvents request (minor opcode 19).
 *
 * @param time TIMESTAMP
 * @param mode CARD8, values of DeviceInputMode
 * @param deviceId CARD8
 */
public record AllowDeviceEvents(int time, int mode, int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static AllowDeviceEvents parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int time = in_.int32At(4);
        int mode = in_.card8At(8);
        int deviceId = in_.card8At(9);
        return new AllowDeviceEvents(time, mode, deviceId);
    }
}
