// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectInput request (minor opcode 2).
 *
 * @param drawable DRAWABLE
 * @param eventMask CARD32, mask of Event
 */
public record SelectInput(int drawable, int eventMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SelectInput parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int drawable = in_.int32At(4);
        int eventMask = in_.int32At(8);
        return new SelectInput(drawable, eventMask);
    }
}
