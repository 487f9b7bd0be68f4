// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * BeginIdiom request (minor opcode 4).
 */
public record BeginIdiom() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static BeginIdiom parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new BeginIdiom();
    }
}
