// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SAIsoLock struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param flags CARD8, mask of SAIsoLockFlag
 * @param mask CARD8, mask of ModMask
 * @param realMods CARD8, mask of ModMask
 * @param group INT8
 * @param affect CARD8, mask of SAIsoLockNoAffect
 * @param vmodsHigh CARD8, mask of VModsHigh
 * @param vmodsLow CARD8, mask of VModsLow
 */
public record SAIsoLock(int type, int flags, int mask, int realMods, int group, int affect, int vmodsHigh, int vmodsLow) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SAIsoLock read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int flags = in_.card8At(at_ + 1);
        int mask = in_.card8At(at_ + 2);
        int realMods = in_.card8At(at_ + 3);
        int group = in_.int8At(at_ + 4);
        int affect = in_.card8At(at_ + 5);
        int vmodsHigh = in_.card8At(at_ + 6);
        int vmodsLow = in_.card8At(at_ + 7);
        return new SAIsoLock(type, flags, mask, realMods, group, affect, vmodsHigh, vmodsLow);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(flags);
        o.u8(mask);
        o.u8(realMods);
        o.u8(group);
        o.u8(affect);
        o.u8(vmodsHigh);
        o.u8(vmodsLow);
    }
}
