// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryFont request (opcode 47).
 *
 * @param font FONTABLE
 */
public record QueryFont(int font) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryFont parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int font = in_.int32At(4);
        return new QueryFont(font);
    }

    /**
     * The reply to QueryFont.
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
     * @param properties list of FONTPROP, properties_len items
     * @param charInfos list of CHARINFO, char_infos_len items
     */
    public record Reply(Charinfo minBounds, Charinfo maxBounds, int minCharOrByte2, int maxCharOrByte2, int defaultChar, int drawDirection, int minByte1, int maxByte1, boolean allCharsExist, int fontAscent, int fontDescent, java.util.List<Fontprop> properties, java.util.List<Charinfo> charInfos) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
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
            o.i32(charInfos.size());
            for (var e_ : properties) e_.write(o);
            for (var e_ : charInfos) e_.write(o);
        }
    }
}
