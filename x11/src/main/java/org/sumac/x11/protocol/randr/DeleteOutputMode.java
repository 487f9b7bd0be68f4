// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeleteOutputMode request (minor opcode 19).
 *
 * @param output OUTPUT
 * @param mode MODE
 */
public record DeleteOutputMode(int output, int mode) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeleteOutputMode parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int output = in_.int32At(4);
        int mode = in_.int32At(8);
        return new DeleteOutputMode(output, mode);
    }
}
