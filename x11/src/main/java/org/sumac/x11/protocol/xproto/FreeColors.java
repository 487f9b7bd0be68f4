// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * FreeColors request (opcode 88).
 *
 * @param cmap COLORMAP
 * @param planeMask CARD32
 * @param pixels list of CARD32, the rest of the request
 */
public record FreeColors(int cmap, int planeMask, Card32List pixels) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static FreeColors parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int cmap = in_.int32At(4);
        int planeMask = in_.int32At(8);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int pixelsN_ = (in_.length() - pos_) / 4;
        Card32List pixels = new Card32List(in_, pos_, pixelsN_);
        pos_ += pixelsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new FreeColors(cmap, planeMask, pixels);
    }
}
