// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PutImage request (minor opcode 3).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param totalWidth CARD16
 * @param totalHeight CARD16
 * @param srcX CARD16
 * @param srcY CARD16
 * @param srcWidth CARD16
 * @param srcHeight CARD16
 * @param dstX INT16
 * @param dstY INT16
 * @param depth CARD8
 * @param format CARD8
 * @param sendEvent BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param shmseg SEG
 * @param offset CARD32
 */
public record PutImage(int drawable, int gc, int totalWidth, int totalHeight, int srcX, int srcY, int srcWidth, int srcHeight, int dstX, int dstY, int depth, int format, int sendEvent, int shmseg, int offset) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static PutImage parse(RequestReader in_) {
        if (in_.length() != 40) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int totalWidth = in_.card16At(12);
        int totalHeight = in_.card16At(14);
        int srcX = in_.card16At(16);
        int srcY = in_.card16At(18);
        int srcWidth = in_.card16At(20);
        int srcHeight = in_.card16At(22);
        int dstX = in_.int16At(24);
        int dstY = in_.int16At(26);
        int depth = in_.card8At(28);
        int format = in_.card8At(29);
        int sendEvent = in_.card8At(30);
        int shmseg = in_.int32At(32);
        int offset = in_.int32At(36);
        return new PutImage(drawable, gc, totalWidth, totalHeight, srcX, srcY, srcWidth, srcHeight, dstX, dstY, depth, format, sendEvent, shmseg, offset);
    }
}
