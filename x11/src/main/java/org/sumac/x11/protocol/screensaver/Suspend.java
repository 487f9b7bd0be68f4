// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Suspend request (minor opcode 5).
 *
 * @param suspend CARD32
 */
public record Suspend(int suspend) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Suspend parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int suspend = in_.int32At(4);
        return new Suspend(suspend);
    }
}
