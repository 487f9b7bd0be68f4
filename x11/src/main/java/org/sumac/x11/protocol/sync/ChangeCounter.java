// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangeCounter request (minor opcode 4).
 *
 * @param counter COUNTER
 * @param amount sync:INT64
 */
public record ChangeCounter(int counter, Int64 amount) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangeCounter parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int counter = in_.int32At(4);
        Int64 amount = Int64.read(in_, 8);
        return new ChangeCounter(counter, amount);
    }
}
