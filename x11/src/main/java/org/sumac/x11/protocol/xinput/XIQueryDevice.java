// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIQueryDevice request (minor opcode 48).
 *
 * @param deviceid DeviceId
 */
public record XIQueryDevice(int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIQueryDevice parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceid = in_.card16At(4);
        return new XIQueryDevice(deviceid);
    }
}
