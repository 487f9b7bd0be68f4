// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetDeviceFocus request (minor opcode 21).
 *
 * @param focus WINDOW
 * @param time TIMESTAMP
 * @param revertTo CARD8, values of InputFocus
 * @param deviceId CARD8
 */
public record SetDeviceFocus(int focus, int time, int revertTo, int deviceId) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetDeviceFocus parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int focus = in_.int32At(4);
        int time = in_.int32At(8);
        int revertTo = in_.card8At(12);
        int deviceId = in_.card8At(13);
        return new SetDeviceFocus(focus, time, revertTo, deviceId);
    }
}
