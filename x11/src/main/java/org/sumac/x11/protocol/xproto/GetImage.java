// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetImage request (opcode 73).
 *
 * @param format CARD8, values of ImageFormat
 * @param drawable DRAWABLE
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param planeMask CARD32
 */
public record GetImage(int format, int drawable, int x, int y, int width, int height, int planeMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetImage parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int format = in_.card8At(1);
        int drawable = in_.int32At(4);
        int x = in_.int16At(8);
        int y = in_.int16At(10);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        int planeMask = in_.int32At(16);
        return new GetImage(format, drawable, x, y, width, height, planeMask);
    }

    /**
     * The reply to GetImage.
     *
     * @param depth CARD8
     * @param visual VISUALID
     * @param data list of BYTE, length by an expression
     */
    public record Reply(int depth, int visual, byte[] data) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, depth);
            o.i32(visual);
            o.zeros(20);
            o.bytes(data);
        }
    }
}
