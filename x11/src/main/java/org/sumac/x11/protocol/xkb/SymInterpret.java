// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SymInterpret struct (16 bytes).
 *
 * @param sym KEYSYM
 * @param mods CARD8, mask of ModMask
 * @param match CARD8
 * @param virtualMod CARD8, mask of VModsLow
 * @param flags CARD8
 * @param action SIAction
 */
public record SymInterpret(int sym, int mods, int match, int virtualMod, int flags, SIAction action) {
    /** Bytes on the wire. */
    public static final int SIZE = 16;

    /** Reads one from a request, at an offset from the request's start. */
    public static SymInterpret read(RequestReader in_, int at_) {
        int sym = in_.int32At(at_);
        int mods = in_.card8At(at_ + 4);
        int match = in_.card8At(at_ + 5);
        int virtualMod = in_.card8At(at_ + 6);
        int flags = in_.card8At(at_ + 7);
        SIAction action = SIAction.read(in_, at_ + 8);
        return new SymInterpret(sym, mods, match, virtualMod, flags, action);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(sym);
        o.u8(mods);
        o.u8(match);
        o.u8(virtualMod);
        o.u8(flags);
        action.write(o);
    }
}
