// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DestroyMode request (minor opcode 17).
 *
 * @param mode MODE
 */
public record DestroyMode(int mode) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DestroyMode parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int mode = in_.int32At(4);
        return new DestroyMode(mode);
    }
}
