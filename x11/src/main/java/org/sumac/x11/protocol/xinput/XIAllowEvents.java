// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIAllowEvents request (minor opcode 53).
 *
 * @param time TIMESTAMP
 * @param deviceid DeviceId
 * @param eventMode CARD8, values of EventMode
 * @param touchid CARD32
 * @param grabWindow WINDOW
 */
public record XIAllowEvents(int time, int deviceid, int eventMode, int touchid, int grabWindow) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIAllowEvents parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int time = in_.int32At(4);
        int deviceid = in_.card16At(8);
        int eventMode = in_.card8At(10);
        int touchid = in_.int32At(12);
        int grabWindow = in_.int32At(16);
        return new XIAllowEvents(time, deviceid, eventMode, touchid, grabWindow);
    }
}
