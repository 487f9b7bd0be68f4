// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * UngrabDevice request (minor opcode 14).
 *
 * @param time TIMESTAMP
 * @param deviceId CARD8
 */
public record UngrabDevice(int time, int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static UngrabDevice parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int time = in_.int32At(4);
        int deviceId = in_.card8At(8);
        return new UngrabDevice(time, deviceId);
    }
}
