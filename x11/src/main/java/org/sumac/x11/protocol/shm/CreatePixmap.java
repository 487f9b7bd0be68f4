// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreatePixmap request (minor opcode 5).
 *
 * @param pid PIXMAP
 * @param drawable DRAWABLE
 * @param width CARD16
 * @param height CARD16
 * @param depth CARD8
 * @param shmseg SEG
 * @param offset CARD32
 */
public record CreatePixmap(int pid, int drawable, int width, int height, int depth, int shmseg, int offset) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreatePixmap parse(RequestReader in_) {
        if (in_.length() != 28) throw XError.length();
        int pid = in_.int32At(4);
        int drawable = in_.int32At(8);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        int depth = in_.card8At(16);
        int shmseg = in_.int32At(20);
        int offset = in_.int32At(24);
        return new CreatePixmap(pid, drawable, width, height, depth, shmseg, offset);
    }
}
