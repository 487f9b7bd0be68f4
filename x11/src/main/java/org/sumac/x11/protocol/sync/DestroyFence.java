// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DestroyFence request (minor opcode 17).
 *
 * @param fence FENCE
 */
public record DestroyFence(int fence) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DestroyFence parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int fence = in_.int32At(4);
        return new DestroyFence(fence);
    }
}
