// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KTMapEntry struct (8 bytes).
 *
 * @param active BOOL
 * @param modsMask CARD8, mask of ModMask
 * @param level CARD8
 * @param modsMods CARD8, mask of ModMask
 * @param modsVmods CARD16, mask of VMod
 */
public record KTMapEntry(boolean active, int modsMask, int level, int modsMods, int modsVmods) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static KTMapEntry read(RequestReader in_, int at_) {
        boolean active = in_.card8At(at_) != 0;
        int modsMask = in_.card8At(at_ + 1);
        int level = in_.card8At(at_ + 2);
        int modsMods = in_.card8At(at_ + 3);
        int modsVmods = in_.card16At(at_ + 4);
        return new KTMapEntry(active, modsMask, level, modsMods, modsVmods);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.bool(active);
        o.u8(modsMask);
        o.u8(level);
        o.u8(modsMods);
        o.u16(modsVmods);
        o.zeros(2);
    }
}
