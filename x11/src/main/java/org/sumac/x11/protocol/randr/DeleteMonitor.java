// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeleteMonitor request (minor opcode 44).
 *
 * @param window WINDOW
 * @param name ATOM
 */
public record DeleteMonitor(int window, int name) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeleteMonitor parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int name = in_.int32At(8);
        return new DeleteMonitor(window, name);
    }
}
