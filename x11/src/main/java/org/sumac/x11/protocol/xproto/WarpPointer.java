// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * WarpPointer request (opcode 41).
 *
 * @param srcWindow WINDOW
 * @param dstWindow WINDOW
 * @param srcX INT16
 * @param srcY INT16
 * @param srcWidth CARD16
 * @param srcHeight CARD16
 * @param dstX INT16
 * @param dstY INT16
 */
public record WarpPointer(int srcWindow, int dstWindow, int srcX, int srcY, int srcWidth, int srcHeight, int dstX, int dstY) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static WarpPointer parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int srcWindow = in_.int32At(4);
        int dstWindow = in_.int32At(8);
        int srcX = in_.int16At(12);
        int srcY = in_.int16At(14);
        int srcWidth = in_.card16At(16);
        int srcHeight = in_.card16At(18);
        int dstX = in_.int16At(20);
        int dstY = in_.int16At(22);
        return new WarpPointer(srcWindow, dstWindow, srcX, srcY, srcWidth, srcHeight, dstX, dstY);
    }
}
