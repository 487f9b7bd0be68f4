// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateCursor request (minor opcode 27).
 *
 * @param cid CURSOR
 * @param source PICTURE
 * @param x CARD16
 * @param y CARD16
 */
public record CreateCursor(int cid, int source, int x, int y) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateCursor parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int cid = in_.int32At(4);
        int source = in_.int32At(8);
        int x = in_.card16At(12);
        int y = in_.card16At(14);
        return new CreateCursor(cid, source, x, y);
    }
}
