// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * RecolorCursor request (opcode 96).
 *
 * @param cursor CURSOR
 * @param foreRed CARD16
 * @param foreGreen CARD16
 * @param foreBlue CARD16
 * @param backRed CARD16
 * @param backGreen CARD16
 * @param backBlue CARD16
 */
public record RecolorCursor(int cursor, int foreRed, int foreGreen, int foreBlue, int backRed, int backGreen, int backBlue) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static RecolorCursor parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int cursor = in_.int32At(4);
        int foreRed = in_.card16At(8);
        int foreGreen = in_.card16At(10);
        int foreBlue = in_.card16At(12);
        int backRed = in_.card16At(14);
        int backGreen = in_.card16At(16);
        int backBlue = in_.card16At(18);
        return new RecolorCursor(cursor, foreRed, foreGreen, foreBlue, backRed, backGreen, backBlue);
    }
}
