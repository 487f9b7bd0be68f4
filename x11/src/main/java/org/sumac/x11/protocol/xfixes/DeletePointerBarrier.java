// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeletePointerBarrier request (minor opcode 32).
 *
 * @param barrier BARRIER
 */
public record DeletePointerBarrier(int barrier) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeletePointerBarrier parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int barrier = in_.int32At(4);
        return new DeletePointerBarrier(barrier);
    }
}
