// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetPriority request (minor opcode 12).
 *
 * @param id CARD32
 * @param priority INT32
 */
public record SetPriority(int id, int priority) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetPriority parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int id = in_.int32At(4);
        int priority = in_.int32At(8);
        return new SetPriority(id, priority);
    }
}
