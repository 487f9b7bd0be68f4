// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FreeCursor request (opcode 95).
 *
 * @param cursor CURSOR
 */
public record FreeCursor(int cursor) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FreeCursor parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int cursor = in_.int32At(4);
        return new FreeCursor(cursor);
    }
}
