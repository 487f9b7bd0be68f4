// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * ListFonts request (opcode 49).
 *
 * @param maxNames CARD16
 * @param patternLen CARD16
 * @param pattern list of char, pattern_len items
 */
public record ListFonts(int maxNames, int patternLen, ByteList pattern) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ListFonts parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int maxNames = in_.card16At(4);
        int patternLen = in_.card16At(6);
        int patternN_ = patternLen;
        int pos_ = 8;
        ByteList pattern = new ByteList(in_, pos_, patternN_);
        pos_ += patternN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ListFonts(maxNames, patternLen, pattern);
    }

    /**
     * The reply to ListFonts.
     *
     * @param names list of STR, names_len items
     */
    public record Reply(java.util.List<Str> names) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(names.size());
            o.zeros(22);
            for (var e_ : names) e_.write(o);
        }
    }
}
