// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreatePixmap request (opcode 53).
 *
 * @param depth CARD8
 * @param pid PIXMAP
 * @param drawable DRAWABLE
 * @param width CARD16
 * @param height CARD16
 */
public record CreatePixmap(int depth, int pid, int drawable, int width, int height) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreatePixmap parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int depth = in_.card8At(1);
        int pid = in_.int32At(4);
        int drawable = in_.int32At(8);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        return new CreatePixmap(depth, pid, drawable, width, height);
    }
}
