// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SetKeyType struct (variable size).
 *
 * @param mask CARD8, mask of ModMask
 * @param realMods CARD8, mask of ModMask
 * @param virtualMods CARD16, mask of VMod
 * @param numLevels CARD8
 * @param nMapEntries CARD8
 * @param preserve BOOL
 * @param entries list of KTSetMapEntry, nMapEntries items
 * @param preserveEntries list of KTSetMapEntry, length by an expression
 */
public record SetKeyType(int mask, int realMods, int virtualMods, int numLevels, int nMapEntries, boolean preserve, java.util.List<KTSetMapEntry> entries, java.util.List<KTSetMapEntry> preserveEntries) {
    /** Reads one from a request, at an offset from the request's start. */
    public static SetKeyType read(RequestReader in_, int at_) {
        int mask = in_.card8At(at_);
        int realMods = in_.card8At(at_ + 1);
        int virtualMods = in_.card16At(at_ + 2);
        int numLevels = in_.card8At(at_ + 4);
        int nMapEntries = in_.card8At(at_ + 5);
        boolean preserve = in_.card8At(at_ + 6) != 0;
        int entriesN_ = nMapEntries;
        int pos_ = at_ + 8;
        java.util.List<KTSetMapEntry> entries = KTSetMapEntryList.copy(in_, pos_, entriesN_);
        pos_ += entriesN_ * 4;
        int preserveEntriesN_ = ((preserve ? 1 : 0) * nMapEntries);
        java.util.List<KTSetMapEntry> preserveEntries = KTSetMapEntryList.copy(in_, pos_, preserveEntriesN_);
        pos_ += preserveEntriesN_ * 4;
        return new SetKeyType(mask, realMods, virtualMods, numLevels, nMapEntries, preserve, entries, preserveEntries);
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
        n += entries.size() * 4;
        n += preserveEntries.size() * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(mask);
        o.u8(realMods);
        o.u16(virtualMods);
        o.u8(numLevels);
        o.u8(nMapEntries);
        o.bool(preserve);
        o.zeros(1);
        for (var e_ : entries) e_.write(o);
        for (var e_ : preserveEntries) e_.write(o);
    }
}
