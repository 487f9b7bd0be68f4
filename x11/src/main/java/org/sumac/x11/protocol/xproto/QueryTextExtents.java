// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryTextExtents request (opcode 48).
 *
 * @param oddLength BOOL (computed by the client) (as sent: 0 False, 1 True, anything else BadValue)
 * @param font FONTABLE
 * @param string list of CHAR2B, the rest of the request
 */
public record QueryTextExtents(int oddLength, int font, Char2bList string) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static QueryTextExtents parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int oddLength = in_.card8At(1);
        int font = in_.int32At(4);
        int pos_ = 8;
        if (in_.length() < pos_ || (in_.length() - pos_) % 2 != 0) throw XError.length();
        int stringN_ = (in_.length() - pos_) / 2;
        Char2bList string = new Char2bList(in_, pos_, stringN_);
        pos_ += stringN_ * 2;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new QueryTextExtents(oddLength, font, string);
    }

    /**
     * The reply to QueryTextExtents.
     *
     * @param drawDirection BYTE, values of FontDraw
     * @param fontAscent INT16
     * @param fontDescent INT16
     * @param overallAscent INT16
     * @param overallDescent INT16
     * @param overallWidth INT32
     * @param overallLeft INT32
     * @param overallRight INT32
     */
    public record Reply(int drawDirection, int fontAscent, int fontDescent, int overallAscent, int overallDescent, int overallWidth, int overallLeft, int overallRight) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, drawDirection);
            o.u16(fontAscent);
            o.u16(fontDescent);
            o.u16(overallAscent);
            o.u16(overallDescent);
            o.i32(overallWidth);
            o.i32(overallLeft);
            o.i32(overallRight);
        }
    }
}
