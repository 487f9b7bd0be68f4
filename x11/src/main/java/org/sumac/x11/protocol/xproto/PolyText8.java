// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * PolyText8 request (opcode 74).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param x INT16
 * @param y INT16
 * @param items list of BYTE, the rest of the request
 */
public record PolyText8(int drawable, int gc, int x, int y, ByteList items) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static PolyText8 parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int x = in_.int16At(12);
        int y = in_.int16At(14);
        int pos_ = 16;
        if (in_.length() < pos_ || (in_.length() - pos_) % 1 != 0) throw XError.length();
        int itemsN_ = (in_.length() - pos_) / 1;
        ByteList items = new ByteList(in_, pos_, itemsN_);
        pos_ += itemsN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new PolyText8(drawable, gc, x, y, items);
    }
}
