// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * AllocColorCells request (opcode 86).
 *
 * @param contiguous BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param cmap COLORMAP
 * @param colors CARD16
 * @param planes CARD16
 */
public record AllocColorCells(int contiguous, int cmap, int colors, int planes) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static AllocColorCells parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int contiguous = in_.card8At(1);
        int cmap = in_.int32At(4);
        int colors = in_.card16At(8);
        int planes = in_.card16At(10);
        return new AllocColorCells(contiguous, cmap, colors, planes);
    }

    /**
     * The reply to AllocColorCells.
     *
     * @param pixels list of CARD32, pixels_len items
     * @param masks list of CARD32, masks_len items
     */
    public record Reply(int[] pixels, int[] masks) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(pixels.length);
            o.u16(masks.length);
            o.zeros(20);
            for (var e_ : pixels) o.i32(e_);
            for (var e_ : masks) o.i32(e_);
        }
    }
}
