// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FreeLease request (minor opcode 46).
 *
 * @param lid LEASE
 * @param terminate BYTE
 */
public record FreeLease(int lid, int terminate) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FreeLease parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int lid = in_.int32At(4);
        int terminate = in_.card8At(8);
        return new FreeLease(lid, terminate);
    }
}
