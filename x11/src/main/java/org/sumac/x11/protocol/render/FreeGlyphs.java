// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * FreeGlyphs request (minor opcode 22).
 *
 * @param glyphset GLYPHSET
 * @param glyphs list of GLYPH, the rest of the request
 */
public record FreeGlyphs(int glyphset, Card32List glyphs) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static FreeGlyphs parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int glyphset = in_.int32At(4);
        int pos_ = 8;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int glyphsN_ = (in_.length() - pos_) / 4;
        Card32List glyphs = new Card32List(in_, pos_, glyphsN_);
        pos_ += glyphsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new FreeGlyphs(glyphset, glyphs);
    }
}
