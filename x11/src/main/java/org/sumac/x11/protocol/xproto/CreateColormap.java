// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateColormap request (opcode 78).
 *
 * @param alloc BYTE, values of ColormapAlloc
 * @param mid COLORMAP
 * @param window WINDOW
 * @param visual VISUALID
 */
public record CreateColormap(int alloc, int mid, int window, int visual) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateColormap parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int alloc = in_.card8At(1);
        int mid = in_.int32At(4);
        int window = in_.int32At(8);
        int visual = in_.int32At(12);
        return new CreateColormap(alloc, mid, window, visual);
    }
}
