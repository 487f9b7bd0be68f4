// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SARedirectKey struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param newkey KEYCODE
 * @param mask CARD8, mask of ModMask
 * @param realModifiers CARD8, mask of ModMask
 * @param vmodsMaskHigh CARD8, mask of VModsHigh
 * @param vmodsMaskLow CARD8, mask of VModsLow
 * @param vmodsHigh CARD8, mask of VModsHigh
 * @param vmodsLow CARD8, mask of VModsLow
 */
public record SARedirectKey(int type, int newkey, int mask, int realModifiers, int vmodsMaskHigh, int vmodsMaskLow, int vmodsHigh, int vmodsLow) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SARedirectKey read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int newkey = in_.card8At(at_ + 1);
        int mask = in_.card8At(at_ + 2);
        int realModifiers = in_.card8At(at_ + 3);
        int vmodsMaskHigh = in_.card8At(at_ + 4);
        int vmodsMaskLow = in_.card8At(at_ + 5);
        int vmodsHigh = in_.card8At(at_ + 6);
        int vmodsLow = in_.card8At(at_ + 7);
        return new SARedirectKey(type, newkey, mask, realModifiers, vmodsMaskHigh, vmodsMaskLow, vmodsHigh, vmodsLow);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(newkey);
        o.u8(mask);
        o.u8(realModifiers);
        o.u8(vmodsMaskHigh);
        o.u8(vmodsMaskLow);
        o.u8(vmodsHigh);
        o.u8(vmodsLow);
    }
}
