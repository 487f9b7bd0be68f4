// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateFence request (minor opcode 14).
 *
 * @param drawable DRAWABLE
 * @param fence FENCE
 * @param initiallyTriggered BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record CreateFence(int drawable, int fence, int initiallyTriggered) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateFence parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int drawable = in_.int32At(4);
        int fence = in_.int32At(8);
        int initiallyTriggered = in_.card8At(12);
        return new CreateFence(drawable, fence, initiallyTriggered);
    }
}
