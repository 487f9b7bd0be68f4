// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * AllocNamedColor request (opcode 85).
 *
 * @param cmap COLORMAP
 * @param nameLen CARD16
 * @param name list of char, name_len items
 */
public record AllocNamedColor(int cmap, int nameLen, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static AllocNamedColor parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int cmap = in_.int32At(4);
        int nameLen = in_.card16At(8);
        int nameN_ = nameLen;
        int pos_ = 12;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new AllocNamedColor(cmap, nameLen, name);
    }

    /**
     * The reply to AllocNamedColor.
     *
     * @param pixel CARD32
     * @param exactRed CARD16
     * @param exactGreen CARD16
     * @param exactBlue CARD16
     * @param visualRed CARD16
     * @param visualGreen CARD16
     * @param visualBlue CARD16
     */
    public record Reply(int pixel, int exactRed, int exactGreen, int exactBlue, int visualRed, int visualGreen, int visualBlue) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(pixel);
            o.u16(exactRed);
            o.u16(exactGreen);
            o.u16(exactBlue);
            o.u16(visualRed);
            o.u16(visualGreen);
            o.u16(visualBlue);
        }
    }
}
