// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIChangeCursor request (minor opcode 42).
 *
 * @param window WINDOW
 * @param cursor CURSOR
 * @param deviceid DeviceId
 */
public record XIChangeCursor(int window, int cursor, int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIChangeCursor parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int window = in_.int32At(4);
        int cursor = in_.int32At(8);
        int deviceid = in_.card16At(12);
        return new XIChangeCursor(window, cursor, deviceid);
    }
}
