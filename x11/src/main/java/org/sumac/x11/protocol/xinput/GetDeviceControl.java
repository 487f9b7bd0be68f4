// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceControl request (minor opcode 34).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param deviceId CARD8
 */
public record GetDeviceControl(int controlId, int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceControl parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int controlId = in_.card16At(4);
        int deviceId = in_.card8At(6);
        return new GetDeviceControl(controlId, deviceId);
    }
}
