// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Bell request (opcode 104).
 *
 * @param percent INT8
 */
public record Bell(int percent) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Bell parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        int percent = in_.int8At(1);
        return new Bell(percent);
    }
}
