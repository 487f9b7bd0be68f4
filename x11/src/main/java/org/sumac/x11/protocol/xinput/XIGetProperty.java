// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIGetProperty request (minor opcode 59).
 *
 * @param deviceid DeviceId
 * @param delete BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param property ATOM
 * @param type ATOM
 * @param offset CARD32
 * @param len CARD32
 */
public record XIGetProperty(int deviceid, int delete, int property, int type, int offset, int len) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIGetProperty parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int deviceid = in_.card16At(4);
        int delete = in_.card8At(6);
        int property = in_.int32At(8);
        int type = in_.int32At(12);
        int offset = in_.int32At(16);
        int len = in_.int32At(20);
        return new XIGetProperty(deviceid, delete, property, type, offset, len);
    }
}
