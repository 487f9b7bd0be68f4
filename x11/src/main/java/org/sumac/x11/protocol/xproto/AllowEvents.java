// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * AllowEvents request (opcode 35).
 *
 * @param mode CARD8, values of Allow
 * @param time TIMESTAMP
 */
public record AllowEvents(int mode, int time) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static AllowEvents parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int mode = in_.card8At(1);
        int time = in_.int32At(4);
        return new AllowEvents(mode, time);
    }
}
