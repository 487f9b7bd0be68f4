// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetInputFocus request (opcode 42).
 *
 * @param revertTo CARD8, values of InputFocus
 * @param focus WINDOW
 * @param time TIMESTAMP
 */
public record SetInputFocus(int revertTo, int focus, int time) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetInputFocus parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int revertTo = in_.card8At(1);
        int focus = in_.int32At(4);
        int time = in_.int32At(8);
        return new SetInputFocus(revertTo, focus, time);
    }
}
