// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * StoreNamedColor request (opcode 90).
 *
 * @param flags CARD8, mask of ColorFlag
 * @param cmap COLORMAP
 * @param pixel CARD32
 * @param nameLen CARD16
 * @param name list of char, name_len items
 */
public record StoreNamedColor(int flags, int cmap, int pixel, int nameLen, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static StoreNamedColor parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int flags = in_.card8At(1);
        int cmap = in_.int32At(4);
        int pixel = in_.int32At(8);
        int nameLen = in_.card16At(12);
        int nameN_ = nameLen;
        int pos_ = 16;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new StoreNamedColor(flags, cmap, pixel, nameLen, name);
    }
}
