// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateGlyphCursor request (opcode 94).
 *
 * @param cid CURSOR
 * @param sourceFont FONT
 * @param maskFont FONT
 * @param sourceChar CARD16
 * @param maskChar CARD16
 * @param foreRed CARD16
 * @param foreGreen CARD16
 * @param foreBlue CARD16
 * @param backRed CARD16
 * @param backGreen CARD16
 * @param backBlue CARD16
 */
public record CreateGlyphCursor(int cid, int sourceFont, int maskFont, int sourceChar, int maskChar, int foreRed, int foreGreen, int foreBlue, int backRed, int backGreen, int backBlue) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateGlyphCursor parse(RequestReader in_) {
        if (in_.length() != 32) throw XError.length();
        int cid = in_.int32At(4);
        int sourceFont = in_.int32At(8);
        int maskFont = in_.int32At(12);
        int sourceChar = in_.card16At(16);
        int maskChar = in_.card16At(18);
        int foreRed = in_.card16At(20);
        int foreGreen = in_.card16At(22);
        int foreBlue = in_.card16At(24);
        int backRed = in_.card16At(26);
        int backGreen = in_.card16At(28);
        int backBlue = in_.card16At(30);
        return new CreateGlyphCursor(cid, sourceFont, maskFont, sourceChar, maskChar, foreRed, foreGreen, foreBlue, backRed, backGreen, backBlue);
    }
}
