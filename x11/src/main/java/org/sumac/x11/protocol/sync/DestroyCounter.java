// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DestroyCounter request (minor opcode 6).
 *
 * @param counter COUNTER
 */
public record DestroyCounter(int counter) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DestroyCounter parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int counter = in_.int32At(4);
        return new DestroyCounter(counter);
    }
}
