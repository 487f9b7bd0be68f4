// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ModDef struct (4 bytes).
 *
 * @param mask CARD8, mask of ModMask
 * @param realMods CARD8, mask of ModMask
 * @param vmods CARD16, mask of VMod
 */
public record ModDef(int mask, int realMods, int vmods) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static ModDef read(RequestReader in_, int at_) {
        int mask = in_.card8At(at_);
        int realMods = in_.card8At(at_ + 1);
        int vmods = in_.card16At(at_ + 2);
        return new ModDef(mask, realMods, vmods);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(mask);
        o.u8(realMods);
        o.u16(vmods);
    }
}
