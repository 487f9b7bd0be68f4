// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The Row struct (variable size).
 *
 * @param top INT16
 * @param left INT16
 * @param vertical BOOL
 * @param keys list of Key, nKeys items
 */
public record Row(int top, int left, boolean vertical, java.util.List<Key> keys) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Row read(RequestReader in_, int at_) {
        int top = in_.int16At(at_);
        int left = in_.int16At(at_ + 2);
        int nKeys = in_.card8At(at_ + 4);
        boolean vertical = in_.card8At(at_ + 5) != 0;
        int keysN_ = nKeys;
        int pos_ = at_ + 8;
        java.util.List<Key> keys = KeyList.copy(in_, pos_, keysN_);
        pos_ += keysN_ * 8;
        return new Row(top, left, vertical, keys);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 1;
        n += 1;
        n += 2;
        n += keys.size() * 8;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(top);
        o.u16(left);
        o.u8(keys.size());
        o.bool(vertical);
        o.zeros(2);
        for (var e_ : keys) e_.write(o);
    }
}
