// Generated from xcb-proto 1.15.2 (xtest.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xtest;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GrabControl request (minor opcode 3).
 *
 * @param impervious BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record GrabControl(int impervious) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GrabControl parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int impervious = in_.card8At(4);
        return new GrabControl(impervious);
    }
}
