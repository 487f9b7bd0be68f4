// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * ListFontsWithInfo request (opcode 50).
 *
 * @param maxNames CARD16
 * @param patternLen CARD16
 * @param pattern list of char, pattern_len items
 */
public record ListFontsWithInfo(int maxNames, int patternLen, ByteList pattern) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ListFontsWithInfo parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int maxNames = in_.card16At(4);
        int patternLen = in_.card16At(6);
        int patternN_ = patternLen;
        int pos_ = 8;
        ByteList pattern = new ByteList(in_, pos_, patternN_);
        pos_ += patternN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ListFontsWithInfo(maxNames, patternLen, pattern);
    }

    /**
     * The reply to ListFontsWithInfo.
     *
     * @param minBounds CHARINFO
     * @param maxBounds CHARINFO
     * @param minCharOrByte2 CARD16
     * @param maxCharOrByte2 CARD16
     * @param defaultChar CARD16
     * @param drawDirection BYTE, values of FontDraw
     * @param minByte1 CARD8
     * @param maxByte1 CARD8
     * @param allCharsExist BOOL
     * @param fontAscent INT16
     * @param fontDescent INT16
     * @param repliesHint CARD32
     * @param properties list of FONTPROP, properties_len items
     * @param name list of char, name_len items
     */
    public record Reply(Charinfo minBounds, Charinfo maxBounds, int minCharOrByte2, int maxCharOrByte2, int defaultChar, int drawDirection, int minByte1, int maxByte1, boolean allCharsExist, int fontAscent, int fontDescent, int repliesHint, java.util.List<Fontprop> properties, String name) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, name.length());
            minBounds.write(o);
            o.zeros(4);
            maxBounds.write(o);
            o.zeros(4);
            o.u16(minCharOrByte2);
            o.u16(maxCharOrByte2);
            o.u16(defaultChar);
            o.u16(properties.size());
            o.u8(drawDirection);
            o.u8(minByte1);
            o.u8(maxByte1);
            o.bool(allCharsExist);
            o.u16(fontAscent);
            o.u16(fontDescent);
            o.i32(repliesHint);
            for (var e_ : properties) e_.write(o);
            o.string8(name);
        }
    }
}
