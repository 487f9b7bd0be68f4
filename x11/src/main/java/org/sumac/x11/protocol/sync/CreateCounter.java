// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateCounter request (minor opcode 2).
 *
 * @param id COUNTER
 * @param initialValue sync:INT64
 */
public record CreateCounter(int id, Int64 initialValue) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateCounter parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int id = in_.int32At(4);
        Int64 initialValue = Int64.read(in_, 8);
        return new CreateCounter(id, initialValue);
    }
}
