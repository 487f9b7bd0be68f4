// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateCursor request (opcode 93).
 *
 * @param cid CURSOR
 * @param source PIXMAP
 * @param mask PIXMAP
 * @param foreRed CARD16
 * @param foreGreen CARD16
 * @param foreBlue CARD16
 * @param backRed CARD16
 * @param backGreen CARD16
 * @param backBlue CARD16
 * @param x CARD16
 * @param y CARD16
 */
public record CreateCursor(int cid, int source, int mask, int foreRed, int foreGreen, int foreBlue, int backRed, int backGreen, int backBlue, int x, int y) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateCursor parse(RequestReader in_) {
        if (in_.length() != 32) throw XError.length();
        int cid = in_.int32At(4);
        int source = in_.int32At(8);
        int mask = in_.int32At(12);
        int foreRed = in_.card16At(16);
        int foreGreen = in_.card16At(18);
        int foreBlue = in_.card16At(20);
        int backRed = in_.card16At(22);
        int backGreen = in_.card16At(24);
        int backBlue = in_.card16At(26);
        int x = in_.card16At(28);
        int y = in_.card16At(30);
        return new CreateCursor(cid, source, mask, foreRed, foreGreen, foreBlue, backRed, backGreen, backBlue, x, y);
    }
}
