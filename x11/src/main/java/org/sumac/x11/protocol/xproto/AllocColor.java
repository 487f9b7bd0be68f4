// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * AllocColor request (opcode 84).
 *
 * @param cmap COLORMAP
 * @param red CARD16
 * @param green CARD16
 * @param blue CARD16
 */
public record AllocColor(int cmap, int red, int green, int blue) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static AllocColor parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int cmap = in_.int32At(4);
        int red = in_.card16At(8);
        int green = in_.card16At(10);
        int blue = in_.card16At(12);
        return new AllocColor(cmap, red, green, blue);
    }

    /**
     * The reply to AllocColor.
     *
     * @param red CARD16
     * @param green CARD16
     * @param blue CARD16
     * @param pixel CARD32
     */
    public record Reply(int red, int green, int blue, int pixel) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(red);
            o.u16(green);
            o.u16(blue);
            o.zeros(2);
            o.i32(pixel);
        }
    }
}
