// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KTSetMapEntry struct (4 bytes).
 *
 * @param level CARD8
 * @param realMods CARD8, mask of ModMask
 * @param virtualMods CARD16, mask of VMod
 */
public record KTSetMapEntry(int level, int realMods, int virtualMods) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static KTSetMapEntry read(RequestReader in_, int at_) {
        int level = in_.card8At(at_);
        int realMods = in_.card8At(at_ + 1);
        int virtualMods = in_.card16At(at_ + 2);
        return new KTSetMapEntry(level, realMods, virtualMods);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(level);
        o.u8(realMods);
        o.u16(virtualMods);
    }
}
