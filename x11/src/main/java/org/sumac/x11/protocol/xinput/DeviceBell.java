// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeviceBell request (minor opcode 32).
 *
 * @param deviceId CARD8
 * @param feedbackId CARD8
 * @param feedbackClass CARD8
 * @param percent INT8
 */
public record DeviceBell(int deviceId, int feedbackId, int feedbackClass, int percent) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeviceBell parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceId = in_.card8At(4);
        int feedbackId = in_.card8At(5);
        int feedbackClass = in_.card8At(6);
        int percent = in_.int8At(7);
        return new DeviceBell(deviceId, feedbackId, feedbackClass, percent);
    }
}
