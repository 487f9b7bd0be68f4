// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetAccessControl request (opcode 111).
 *
 * @param mode CARD8, values of AccessControl
 */
public record SetAccessControl(int mode) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetAccessControl parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        int mode = in_.card8At(1);
        return new SetAccessControl(mode);
    }
}
