// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * AllocColorPlanes request (opcode 87).
 *
 * @param contiguous BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param cmap COLORMAP
 * @param colors CARD16
 * @param reds CARD16
 * @param greens CARD16
 * @param blues CARD16
 */
public record AllocColorPlanes(int contiguous, int cmap, int colors, int reds, int greens, int blues) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static AllocColorPlanes parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int contiguous = in_.card8At(1);
        int cmap = in_.int32At(4);
        int colors = in_.card16At(8);
        int reds = in_.card16At(10);
        int greens = in_.card16At(12);
        int blues = in_.card16At(14);
        return new AllocColorPlanes(contiguous, cmap, colors, reds, greens, blues);
    }

    /**
     * The reply to AllocColorPlanes.
     *
     * @param redMask CARD32
     * @param greenMask CARD32
     * @param blueMask CARD32
     * @param pixels list of CARD32, pixels_len items
     */
    public record Reply(int redMask, int greenMask, int blueMask, int[] pixels) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(pixels.length);
            o.zeros(2);
            o.i32(redMask);
            o.i32(greenMask);
            o.i32(blueMask);
            o.zeros(8);
            for (var e_ : pixels) o.i32(e_);
        }
    }
}
