// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetCounter request (minor opcode 3).
 *
 * @param counter COUNTER
 * @param value sync:INT64
 */
public record SetCounter(int counter, Int64 value) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetCounter parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int counter = in_.int32At(4);
        Int64 value = Int64.read(in_, 8);
        return new SetCounter(counter, value);
    }
}
