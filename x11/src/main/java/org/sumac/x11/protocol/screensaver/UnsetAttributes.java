// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * UnsetAttributes request (minor opcode 4).
 *
 * @param drawable DRAWABLE
 */
public record UnsetAttributes(int drawable) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static UnsetAttributes parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int drawable = in_.int32At(4);
        return new UnsetAttributes(drawable);
    }
}
