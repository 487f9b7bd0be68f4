// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Composite request (minor opcode 8).
 *
 * @param op CARD8, values of PictOp
 * @param src PICTURE
 * @param mask PICTURE
 * @param dst PICTURE
 * @param srcX INT16
 * @param srcY INT16
 * @param maskX INT16
 * @param maskY INT16
 * @param dstX INT16
 * @param dstY INT16
 * @param width CARD16
 * @param height CARD16
 */
public record Composite(int op, int src, int mask, int dst, int srcX, int srcY, int maskX, int maskY, int dstX, int dstY, int width, int height) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Composite parse(RequestReader in_) {
        if (in_.length() != 36) throw XError.length();
        int op = in_.card8At(4);
        int src = in_.int32At(8);
        int mask = in_.int32At(12);
        int dst = in_.int32At(16);
        int srcX = in_.int16At(20);
        int srcY = in_.int16At(22);
        int maskX = in_.int16At(24);
        int maskY = in_.int16At(26);
        int dstX = in_.int16At(28);
        int dstY = in_.int16At(30);
        int width = in_.card16At(32);
        int height = in_.card16At(34);
        return new Composite(op, src, mask, dst, srcX, srcY, maskX, maskY, dstX, dstY, width, height);
    }
}
