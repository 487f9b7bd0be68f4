// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceProperty request (minor opcode 39).
 *
 * @param property ATOM
 * @param type ATOM
 * @param offset CARD32
 * @param len CARD32
 * @param deviceId CARD8
 * @param delete BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record GetDeviceProperty(int property, int type, int offset, int len, int deviceId, int delete) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceProperty parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int property = in_.int32At(4);
        int type = in_.int32At(8);
        int offset = in_.int32At(12);
        int len = in_.int32At(16);
        int deviceId = in_.card8At(20);
        int delete = in_.card8At(21);
        return new GetDeviceProperty(property, type, offset, len, deviceId, delete);
    }
}
