// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The IndicatorMap struct (12 bytes).
 *
 * @param flags CARD8, values of IMFlag
 * @param whichGroups CARD8, values of IMGroupsWhich
 * @param groups CARD8, values of SetOfGroup
 * @param whichMods CARD8, values of IMModsWhich
 * @param mods CARD8, mask of ModMask
 * @param realMods CARD8, mask of ModMask
 * @param vmods CARD16, mask of VMod
 * @param ctrls CARD32, mask of BoolCtrl
 */
public record IndicatorMap(int flags, int whichGroups, int groups, int whichMods, int mods, int realMods, int vmods, int ctrls) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static IndicatorMap read(RequestReader in_, int at_) {
        int flags = in_.card8At(at_);
        int whichGroups = in_.card8At(at_ + 1);
        int groups = in_.card8At(at_ + 2);
        int whichMods = in_.card8At(at_ + 3);
        int mods = in_.card8At(at_ + 4);
        int realMods = in_.card8At(at_ + 5);
        int vmods = in_.card16At(at_ + 6);
        int ctrls = in_.int32At(at_ + 8);
        return new IndicatorMap(flags, whichGroups, groups, whichMods, mods, realMods, vmods, ctrls);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(flags);
        o.u8(whichGroups);
        o.u8(groups);
        o.u8(whichMods);
        o.u8(mods);
        o.u8(realMods);
        o.u16(vmods);
        o.i32(ctrls);
    }
}
