// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KeyType struct (variable size).
 *
 * @param modsMask CARD8, mask of ModMask
 * @param modsMods CARD8, mask of ModMask
 * @param modsVmods CARD16, mask of VMod
 * @param numLevels CARD8
 * @param nMapEntries CARD8
 * @param hasPreserve BOOL
 * @param map list of KTMapEntry, nMapEntries items
 * @param preserve list of ModDef, length by an expression
 */
public record KeyType(int modsMask, int modsMods, int modsVmods, int numLevels, int nMapEntries, boolean hasPreserve, java.util.List<KTMapEntry> map, java.util.List<ModDef> preserve) {
    /** Reads one from a request, at an offset from the request's start. */
    public static KeyType read(RequestReader in_, int at_) {
        int modsMask = in_.card8At(at_);
        int modsMods = in_.card8At(at_ + 1);
        int modsVmods = in_.card16At(at_ + 2);
        int numLevels = in_.card8At(at_ + 4);
        int nMapEntries = in_.card8At(at_ + 5);
        boolean hasPreserve = in_.card8At(at_ + 6) != 0;
        int mapN_ = nMapEntries;
        int pos_ = at_ + 8;
        java.util.List<KTMapEntry> map = KTMapEntryList.copy(in_, pos_, mapN_);
        pos_ += mapN_ * 8;
        int preserveN_ = ((hasPreserve ? 1 : 0) * nMapEntries);
        java.util.List<ModDef> preserve = ModDefList.copy(in_, pos_, preserveN_);
        pos_ += preserveN_ * 4;
        return new KeyType(modsMask, modsMods, modsVmods, numLevels, nMapEntries, hasPreserve, map, preserve);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 1;
        n += 1;
        n += 2;
        n += 1;
        n += 1;
        n += 1;
        n += 1;
        n += map.size() * 8;
        n += preserve.size() * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(modsMask);
        o.u8(modsMods);
        o.u16(modsVmods);
        o.u8(numLevels);
        o.u8(nMapEntries);
        o.bool(hasPreserve);
        o.zeros(1);
        for (var e_ : map) e_.write(o);
        for (var e_ : preserve) e_.write(o);
    }
}
