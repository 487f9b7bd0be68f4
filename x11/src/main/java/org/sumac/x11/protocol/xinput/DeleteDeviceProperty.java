// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeleteDeviceProperty request (minor opcode 38).
 *
 * @param property ATOM
 * @param deviceId CARD8
 */
public record DeleteDeviceProperty(int property, int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeleteDeviceProperty parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int property = in_.int32At(4);
        int deviceId = in_.card8At(8);
        return new DeleteDeviceProperty(property, deviceId);
    }
}
