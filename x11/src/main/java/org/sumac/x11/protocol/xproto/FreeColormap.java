// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FreeColormap request (opcode 79).
 *
 * @param cmap COLORMAP
 */
public record FreeColormap(int cmap) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FreeColormap parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int cmap = in_.int32At(4);
        return new FreeColormap(cmap);
    }
}
