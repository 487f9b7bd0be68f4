// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Detach request (minor opcode 2).
 *
 * @param shmseg SEG
 */
public record Detach(int shmseg) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Detach parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int shmseg = in_.int32At(4);
        return new Detach(shmseg);
    }
}
