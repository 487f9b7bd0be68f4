// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeallocateBackBuffer request (minor opcode 2).
 *
 * @param buffer BackBuffer
 */
public record DeallocateBackBuffer(int buffer) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeallocateBackBuffer parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int buffer = in_.int32At(4);
        return new DeallocateBackBuffer(buffer);
    }
}
