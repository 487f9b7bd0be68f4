// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DeleteOutputProperty request (minor opcode 14).
 *
 * @param output OUTPUT
 * @param property ATOM
 */
public record DeleteOutputProperty(int output, int property) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DeleteOutputProperty parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int output = in_.int32At(4);
        int property = in_.int32At(8);
        return new DeleteOutputProperty(output, property);
    }
}
