// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The OverlayRow struct (variable size).
 *
 * @param rowUnder CARD8
 * @param keys list of OverlayKey, nKeys items
 */
public record OverlayRow(int rowUnder, java.util.List<OverlayKey> keys) {
    /** Reads one from a request, at an offset from the request's start. */
    public static OverlayRow read(RequestReader in_, int at_) {
        int rowUnder = in_.card8At(at_);
        int nKeys = in_.card8At(at_ + 1);
        int keysN_ = nKeys;
        int pos_ = at_ + 4;
        java.util.List<OverlayKey> keys = OverlayKeyList.copy(in_, pos_, keysN_);
        pos_ += keysN_ * 8;
        return new OverlayRow(rowUnder, keys);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += keys.size() * 8;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(rowUnder);
        o.u8(keys.size());
        o.zeros(2);
        for (var e_ : keys) e_.write(o);
    }
}
