// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIUngrabDevice request (minor opcode 52).
 *
 * @param time TIMESTAMP
 * @param deviceid DeviceId
 */
public record XIUngrabDevice(int time, int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIUngrabDevice parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int time = in_.int32At(4);
        int deviceid = in_.card16At(8);
        return new XIUngrabDevice(time, deviceid);
    }
}
