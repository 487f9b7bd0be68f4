// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryPictFormats request (minor opcode 1).
 */
public record QueryPictFormats() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryPictFormats parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new QueryPictFormats();
    }

    /**
     * The reply to QueryPictFormats.
     *
     * @param numDepths CARD32
     * @param numVisuals CARD32
     * @param formats list of PICTFORMINFO, num_formats items
     * @param screens list of PICTSCREEN, num_screens items
     * @param subpixels list of CARD32, num_subpixel items, values of SubPixel
     */
    public record Reply(int numDepths, int numVisuals, java.util.List<Pictforminfo> formats, java.util.List<Pictscreen> screens, int[] subpixels) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(formats.size());
            o.i32(screens.size());
            o.i32(numDepths);
            o.i32(numVisuals);
            o.i32(subpixels.length);
            o.zeros(4);
            for (var e_ : formats) e_.write(o);
            for (var e_ : screens) e_.write(o);
            for (var e_ : subpixels) o.i32(e_);
        }
    }
}
