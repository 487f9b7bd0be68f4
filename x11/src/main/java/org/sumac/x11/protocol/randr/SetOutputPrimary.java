// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetOutputPrimary request (minor opcode 30).
 *
 * @param window WINDOW
 * @param output OUTPUT
 */
public record SetOutputPrimary(int window, int output) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetOutputPrimary parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int output = in_.int32At(8);
        return new SetOutputPrimary(window, output);
    }
}
