// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GrabServer request (opcode 36).
 */
public record GrabServer() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GrabServer parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GrabServer();
    }
}
