// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceMotionEvents request (minor opcode 10).
 *
 * @param start TIMESTAMP
 * @param stop TIMESTAMP
 * @param deviceId CARD8
 */
public record GetDeviceMotionEvents(int start, int stop, int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceMotionEvents parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int start = in_.int32At(4);
        int stop = in_.int32At(8);
        int deviceId = in_.card8At(12);
        return new GetDeviceMotionEvents(start, stop, deviceId);
    }
}
