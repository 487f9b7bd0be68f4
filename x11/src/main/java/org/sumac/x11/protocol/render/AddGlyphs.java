// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.Card32List;

/**
 * AddGlyphs request (minor opcode 20).
 *
 * @param glyphset GLYPHSET
 * @param glyphsLen CARD32
 * @param glyphids list of CARD32, glyphs_len items
 * @param glyphs list of GLYPHINFO, glyphs_len items
 * @param data list of BYTE, the rest of the request
 */
public record AddGlyphs(int glyphset, int glyphsLen, Card32List glyphids, GlyphinfoList glyphs, ByteList data) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static AddGlyphs parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int glyphset = in_.int32At(4);
        int glyphsLen = in_.int32At(8);
        int glyphidsN_ = glyphsLen;
        int pos_ = 12;
        Card32List glyphids = new Card32List(in_, pos_, glyphidsN_);
        pos_ += glyphidsN_ * 4;
        int glyphsN_ = glyphsLen;
        GlyphinfoList glyphs = new GlyphinfoList(in_, pos_, glyphsN_);
        pos_ += glyphsN_ * 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 1 != 0) throw XError.length();
        int dataN_ = (in_.length() - pos_) / 1;
        ByteList data = new ByteList(in_, pos_, dataN_);
        pos_ += dataN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new AddGlyphs(glyphset, glyphsLen, glyphids, glyphs, data);
    }
}
