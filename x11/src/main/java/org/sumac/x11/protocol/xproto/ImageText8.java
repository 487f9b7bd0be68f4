// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * ImageText8 request (opcode 76).
 *
 * @param stringLen BYTE
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param x INT16
 * @param y INT16
 * @param string list of char, string_len items
 */
public record ImageText8(int stringLen, int drawable, int gc, int x, int y, ByteList string) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ImageText8 parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int stringLen = in_.card8At(1);
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int x = in_.int16At(12);
        int y = in_.int16At(14);
        int stringN_ = stringLen;
        int pos_ = 16;
        ByteList string = new ByteList(in_, pos_, stringN_);
        pos_ += stringN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ImageText8(stringLen, drawable, gc, x, y, string);
    }
}
