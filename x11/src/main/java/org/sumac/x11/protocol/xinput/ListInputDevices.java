// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ListInputDevices request (minor opcode 2).
 */
public record ListInputDevices() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListInputDevices parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new ListInputDevices();
    }
}
