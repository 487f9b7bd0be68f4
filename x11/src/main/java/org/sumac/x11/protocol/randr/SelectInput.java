// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectInput request (minor opcode 4).
 *
 * @param window WINDOW
 * @param enable CARD16, mask of NotifyMask
 */
public record SelectInput(int window, int enable) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SelectInput parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int enable = in_.card16At(8);
        return new SelectInput(window, enable);
    }
}
