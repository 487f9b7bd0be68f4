// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * StoreColors request (opcode 89).
 *
 * @param cmap COLORMAP
 * @param items list of COLORITEM, the rest of the request
 */
public record StoreColors(int cmap, ColoritemList items) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static StoreColors parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int cmap = in_.int32At(4);
        int pos_ = 8;
        if (in_.length() < pos_ || (in_.length() - pos_) % 12 != 0) throw XError.length();
        int itemsN_ = (in_.length() - pos_) / 12;
        ColoritemList items = new ColoritemList(in_, pos_, itemsN_);
        pos_ += itemsN_ * 12;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new StoreColors(cmap, items);
    }
}
