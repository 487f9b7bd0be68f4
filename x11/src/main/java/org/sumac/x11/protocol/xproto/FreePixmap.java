// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FreePixmap request (opcode 54).
 *
 * @param pixmap PIXMAP
 */
public record FreePixmap(int pixmap) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FreePixmap parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int pixmap = in_.int32At(4);
        return new FreePixmap(pixmap);
    }
}
