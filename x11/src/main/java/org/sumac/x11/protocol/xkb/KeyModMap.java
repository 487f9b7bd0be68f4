// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KeyModMap struct (2 bytes).
 *
 * @param keycode KEYCODE
 * @param mods CARD8, mask of ModMask
 */
public record KeyModMap(int keycode, int mods) {
    /** Bytes on the wire. */
    public static final int SIZE = 2;

    /** Reads one from a request, at an offset from the request's start. */
    public static KeyModMap read(RequestReader in_, int at_) {
        int keycode = in_.card8At(at_);
        int mods = in_.card8At(at_ + 1);
        return new KeyModMap(keycode, mods);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(keycode);
        o.u8(mods);
    }
}
