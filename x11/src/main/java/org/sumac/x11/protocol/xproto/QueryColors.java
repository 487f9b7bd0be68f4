// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * QueryColors request (opcode 91).
 *
 * @param cmap COLORMAP
 * @param pixels list of CARD32, the rest of the request
 */
public record QueryColors(int cmap, Card32List pixels) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static QueryColors parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int cmap = in_.int32At(4);
        int pos_ = 8;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int pixelsN_ = (in_.length() - pos_) / 4;
        Card32List pixels = new Card32List(in_, pos_, pixelsN_);
        pos_ += pixelsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new QueryColors(cmap, pixels);
    }

    /**
     * The reply to QueryColors.
     *
     * @param colors list of RGB, colors_len items
     */
    public record Reply(java.util.List<Rgb> colors) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(colors.size());
            o.zeros(22);
            for (var e_ : colors) e_.write(o);
        }
    }
}
