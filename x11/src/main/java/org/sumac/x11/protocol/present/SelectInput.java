// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectInput request (minor opcode 3).
 *
 * @param eid EVENT
 * @param window WINDOW
 * @param eventMask CARD32, mask of EventMask
 */
public record SelectInput(int eid, int window, int eventMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SelectInput parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int eid = in_.int32At(4);
        int window = in_.int32At(8);
        int eventMask = in_.int32At(12);
        return new SelectInput(eid, window, eventMask);
    }
}
