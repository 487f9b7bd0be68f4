// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CopyColormapAndFree request (opcode 80).
 *
 * @param mid COLORMAP
 * @param srcCmap COLORMAP
 */
public record CopyColormapAndFree(int mid, int srcCmap) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CopyColormapAndFree parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int mid = in_.int32At(4);
        int srcCmap = in_.int32At(8);
        return new CopyColormapAndFree(mid, srcCmap);
    }
}
