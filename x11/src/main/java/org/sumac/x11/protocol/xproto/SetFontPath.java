// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetFontPath request (opcode 51).
 *
 * @param fontQty CARD16
 * @param font list of STR, font_qty items
 */
public record SetFontPath(int fontQty, java.util.List<Str> font) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetFontPath parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int fontQty = in_.card16At(4);
        int fontN_ = fontQty;
        int pos_ = 8;
        if (fontN_ < 0) throw XError.length();
        java.util.List<Str> font = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < fontN_; i_++) {
            Str e_ = Str.read(in_, pos_);
            pos_ += e_.wireSize();
            font.add(e_);
        }
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetFontPath(fontQty, font);
    }
}
