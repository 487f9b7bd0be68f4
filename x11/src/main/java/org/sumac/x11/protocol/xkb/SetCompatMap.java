// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetCompatMap request (minor opcode 11).
 *
 * @param deviceSpec DeviceSpec
 * @param recomputeActions BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param truncateSI BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param groups CARD8, mask of SetOfGroup
 * @param firstSI CARD16
 * @param nSI CARD16
 * @param si list of SymInterpret, nSI items
 * @param groupMaps list of ModDef, length by an expression
 */
public record SetCompatMap(int deviceSpec, int recomputeActions, int truncateSI, int groups, int firstSI, int nSI, SymInterpretList si, ModDefList groupMaps) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetCompatMap parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int recomputeActions = in_.card8At(7);
        int truncateSI = in_.card8At(8);
        int groups = in_.card8At(9);
        int firstSI = in_.card16At(10);
        int nSI = in_.card16At(12);
        int siN_ = nSI;
        int pos_ = 16;
        SymInterpretList si = new SymInterpretList(in_, pos_, siN_);
        pos_ += siN_ * 16;
        int groupMapsN_ = Integer.bitCount(groups);
        ModDefList groupMaps = new ModDefList(in_, pos_, groupMapsN_);
        pos_ += groupMapsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetCompatMap(deviceSpec, recomputeActions, truncateSI, groups, firstSI, nSI, si, groupMaps);
    }
}
