// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CopyArea request (opcode 62).
 *
 * @param srcDrawable DRAWABLE
 * @param dstDrawable DRAWABLE
 * @param gc GCONTEXT
 * @param srcX INT16
 * @param srcY INT16
 * @param dstX INT16
 * @param dstY INT16
 * @param width CARD16
 * @param height CARD16
 */
public record CopyArea(int srcDrawable, int dstDrawable, int gc, int srcX, int srcY, int dstX, int dstY, int width, int height) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CopyArea parse(RequestReader in_) {
        if (in_.length() != 28) throw XError.length();
        int srcDrawable = in_.int32At(4);
        int dstDrawable = in_.int32At(8);
        int gc = in_.int32At(12);
        int srcX = in_.int16At(16);
        int srcY = in_.int16At(18);
        int dstX = in_.int16At(20);
        int dstY = in_.int16At(22);
        int width = in_.card16At(24);
        int height = in_.card16At(26);
        return new CopyArea(srcDrawable, dstDrawable, gc, srcX, srcY, dstX, dstY, width, height);
    }
}
