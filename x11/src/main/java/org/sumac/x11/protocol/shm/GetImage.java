// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetImage request (minor opcode 4).
 *
 * @param drawable DRAWABLE
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param planeMask CARD32
 * @param format CARD8
 * @param shmseg SEG
 * @param offset CARD32
 */
public record GetImage(int drawable, int x, int y, int width, int height, int planeMask, int format, int shmseg, int offset) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetImage parse(RequestReader in_) {
        if (in_.length() != 32) throw XError.length();
        int drawable = in_.int32At(4);
        int x = in_.int16At(8);
        int y = in_.int16At(10);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        int planeMask = in_.int32At(16);
        int format = in_.card8At(20);
        int shmseg = in_.int32At(24);
        int offset = in_.int32At(28);
        return new GetImage(drawable, x, y, width, height, planeMask, format, shmseg, offset);
    }

    /**
     * The reply to GetImage.
     *
     * @param depth CARD8
     * @param visual VISUALID
     * @param sizeValue CARD32
     */
    public record Reply(int depth, int visual, int sizeValue) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, depth);
            o.i32(visual);
            o.i32(sizeValue);
        }
    }
}
