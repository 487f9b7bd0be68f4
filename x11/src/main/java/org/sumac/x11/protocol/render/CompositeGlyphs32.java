// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * CompositeGlyphs32 request (minor opcode 25).
 *
 * @param op CARD8, values of PictOp
 * @param src PICTURE
 * @param dst PICTURE
 * @param maskFormat PICTFORMAT
 * @param glyphset GLYPHSET
 * @param srcX INT16
 * @param srcY INT16
 * @param glyphcmds list of BYTE, the rest of the request
 */
public record CompositeGlyphs32(int op, int src, int dst, int maskFormat, int glyphset, int srcX, int srcY, ByteList glyphcmds) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CompositeGlyphs32 parse(RequestReader in_) {
        if (in_.length() < 28) throw XError.length();
        int op = in_.card8At(4);
        int src = in_.int32At(8);
        int dst = in_.int32At(12);
        int maskFormat = in_.int32At(16);
        int glyphset = in_.int32At(20);
        int srcX = in_.int16At(24);
        int srcY = in_.int16At(26);
        int pos_ = 28;
        if (in_.length() < pos_ || (in_.length() - pos_) % 1 != 0) throw XError.length();
        int glyphcmdsN_ = (in_.length() - pos_) / 1;
        ByteList glyphcmds = new ByteList(in_, pos_, glyphcmdsN_);
        pos_ += glyphcmdsN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CompositeGlyphs32(op, src, dst, maskFormat, glyphset, srcX, srcY, glyphcmds);
    }
}
