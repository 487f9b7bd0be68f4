// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * KillClient request (opcode 113).
 *
 * @param resource CARD32
 */
public record KillClient(int resource) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static KillClient parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int resource = in_.int32At(4);
        return new KillClient(resource);
    }
}
