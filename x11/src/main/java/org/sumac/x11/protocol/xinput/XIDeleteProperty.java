// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIDeleteProperty request (minor opcode 58).
 *
 * @param deviceid DeviceId
 * @param property ATOM
 */
public record XIDeleteProperty(int deviceid, int property) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIDeleteProperty parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int deviceid = in_.card16At(4);
        int property = in_.int32At(8);
        return new XIDeleteProperty(deviceid, property);
    }
}
