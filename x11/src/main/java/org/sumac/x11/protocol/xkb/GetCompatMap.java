// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCompatMap request (minor opcode 10).
 *
 * @param deviceSpec DeviceSpec
 * @param groups CARD8, mask of SetOfGroup
 * @param getAllSI BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param firstSI CARD16
 * @param nSI CARD16
 */
public record GetCompatMap(int deviceSpec, int groups, int getAllSI, int firstSI, int nSI) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCompatMap parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int groups = in_.card8At(6);
        int getAllSI = in_.card8At(7);
        int firstSI = in_.card16At(8);
        int nSI = in_.card16At(10);
        return new GetCompatMap(deviceSpec, groups, getAllSI, firstSI, nSI);
    }

    /**
     * The reply to GetCompatMap.
     *
     * @param deviceID CARD8
     * @param groupsRtrn CARD8, mask of SetOfGroup
     * @param firstSIRtrn CARD16
     * @param nTotalSI CARD16
     * @param siRtrn list of SymInterpret, nSIRtrn items
     * @param groupRtrn list of ModDef, length by an expression
     */
    public record Reply(int deviceID, int groupsRtrn, int firstSIRtrn, int nTotalSI, java.util.List<SymInterpret> siRtrn, java.util.List<ModDef> groupRtrn) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.u8(groupsRtrn);
            o.zeros(1);
            o.u16(firstSIRtrn);
            o.u16(siRtrn.size());
            o.u16(nTotalSI);
            o.zeros(16);
            for (var e_ : siRtrn) e_.write(o);
            for (var e_ : groupRtrn) e_.write(o);
        }
    }
}
