// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * StoreColors request (opcode 89).
 *
 * @param cmap COLORMAP
 * @param items list of COLORITEM, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record StoreColors(int cmap, ColoritemList items) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether items
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static StoreColors parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int cmap = in_.int32At(4);
        ColoritemList items = (in_.length() - 8) % 12 == 0
            ? new ColoritemList(in_, 8, (in_.length() - 8) / 12) : null;
        return new StoreColors(cmap, items);
    }

    /**
     * The items, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public ColoritemList items() {
        if (items == null) throw XError.length();
        return items;
    }
}
