// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetMap request (minor opcode 8).
 *
 * @param deviceSpec DeviceSpec
 * @param full CARD16, mask of MapPart
 * @param partial CARD16, mask of MapPart
 * @param firstType CARD8
 * @param nTypes CARD8
 * @param firstKeySym KEYCODE
 * @param nKeySyms CARD8
 * @param firstKeyAction KEYCODE
 * @param nKeyActions CARD8
 * @param firstKeyBehavior KEYCODE
 * @param nKeyBehaviors CARD8
 * @param virtualMods CARD16, mask of VMod
 * @param firstKeyExplicit KEYCODE
 * @param nKeyExplicit CARD8
 * @param firstModMapKey KEYCODE
 * @param nModMapKeys CARD8
 * @param firstVModMapKey KEYCODE
 * @param nVModMapKeys CARD8
 */
public record GetMap(int deviceSpec, int full, int partial, int firstType, int nTypes, int firstKeySym, int nKeySyms, int firstKeyAction, int nKeyActions, int firstKeyBehavior, int nKeyBehaviors, int virtualMods, int firstKeyExplicit, int nKeyExplicit, int firstModMapKey, int nModMapKeys, int firstVModMapKey, int nVModMapKeys) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetMap parse(RequestReader in_) {
        if (in_.length() != 28) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int full = in_.card16At(6);
        int partial = in_.card16At(8);
        int firstType = in_.card8At(10);
        int nTypes = in_.card8At(11);
        int firstKeySym = in_.card8At(12);
        int nKeySyms = in_.card8At(13);
        int firstKeyAction = in_.card8At(14);
        int nKeyActions = in_.card8At(15);
        int firstKeyBehavior = in_.card8At(16);
        int nKeyBehaviors = in_.card8At(17);
        int virtualMods = in_.card16At(18);
        int firstKeyExplicit = in_.card8At(20);
        int nKeyExplicit = in_.card8At(21);
        int firstModMapKey = in_.card8At(22);
        int nModMapKeys = in_.card8At(23);
        int firstVModMapKey = in_.card8At(24);
        int nVModMapKeys = in_.card8At(25);
        return new GetMap(deviceSpec, full, partial, firstType, nTypes, firstKeySym, nKeySyms, firstKeyAction, nKeyActions, firstKeyBehavior, nKeyBehaviors, virtualMods, firstKeyExplicit, nKeyExplicit, firstModMapKey, nModMapKeys, firstVModMapKey, nVModMapKeys);
    }

    /**
     * The reply to GetMap.
     *
     * @param deviceID CARD8
     * @param minKeyCode KEYCODE
     * @param maxKeyCode KEYCODE
     * @param present CARD16, mask of MapPart
     * @param firstType CARD8
     * @param nTypes CARD8
     * @param totalTypes CARD8
     * @param firstKeySym KEYCODE
     * @param totalSyms CARD16
     * @param nKeySyms CARD8
     * @param firstKeyAction KEYCODE
     * @param totalActions CARD16
     * @param nKeyActions CARD8
     * @param firstKeyBehavior KEYCODE
     * @param nKeyBehaviors CARD8
     * @param totalKeyBehaviors CARD8
     * @param firstKeyExplicit KEYCODE
     * @param nKeyExplicit CARD8
     * @param totalKeyExplicit CARD8
     * @param firstModMapKey KEYCODE
     * @param nModMapKeys CARD8
     * @param totalModMapKeys CARD8
     * @param firstVModMapKey KEYCODE
     * @param nVModMapKeys CARD8
     * @param totalVModMapKeys CARD8
     * @param virtualMods CARD16, mask of VMod
     * @param typesRtrn list of KeyType, nTypes items (if map has 0x1)
     * @param symsRtrn list of KeySymMap, nKeySyms items (if map has 0x2)
     * @param actsRtrnCount list of CARD8, nKeyActions items (if map has 0x10)
     * @param actsRtrnActs list of Action, totalActions items (if map has 0x10)
     * @param behaviorsRtrn list of SetBehavior, totalKeyBehaviors items (if map has 0x20)
     * @param vmodsRtrn list of CARD8, length by an expression (if map has 0x40)
     * @param explicitRtrn list of SetExplicit, totalKeyExplicit items (if map has 0x8)
     * @param modmapRtrn list of KeyModMap, totalModMapKeys items (if map has 0x4)
     * @param vmodmapRtrn list of KeyVModMap, totalVModMapKeys items (if map has 0x80)
     */
    public record Reply(int deviceID, int minKeyCode, int maxKeyCode, int present, int firstType, int nTypes, int totalTypes, int firstKeySym, int totalSyms, int nKeySyms, int firstKeyAction, int totalActions, int nKeyActions, int firstKeyBehavior, int nKeyBehaviors, int totalKeyBehaviors, int firstKeyExplicit, int nKeyExplicit, int totalKeyExplicit, int firstModMapKey, int nModMapKeys, int totalModMapKeys, int firstVModMapKey, int nVModMapKeys, int totalVModMapKeys, int virtualMods, java.util.List<KeyType> typesRtrn, java.util.List<KeySymMap> symsRtrn, byte[] actsRtrnCount, java.util.List<byte[]> actsRtrnActs, java.util.List<SetBehavior> behaviorsRtrn, byte[] vmodsRtrn, java.util.List<SetExplicit> explicitRtrn, java.util.List<KeyModMap> modmapRtrn, java.util.List<KeyVModMap> vmodmapRtrn) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.zeros(2);
            o.u8(minKeyCode);
            o.u8(maxKeyCode);
            o.u16(present);
            o.u8(firstType);
            o.u8(nTypes);
            o.u8(totalTypes);
            o.u8(firstKeySym);
            o.u16(totalSyms);
            o.u8(nKeySyms);
            o.u8(firstKeyAction);
            o.u16(totalActions);
            o.u8(nKeyActions);
            o.u8(firstKeyBehavior);
            o.u8(nKeyBehaviors);
            o.u8(totalKeyBehaviors);
            o.u8(firstKeyExplicit);
            o.u8(nKeyExplicit);
            o.u8(totalKeyExplicit);
            o.u8(firstModMapKey);
            o.u8(nModMapKeys);
            o.u8(totalModMapKeys);
            o.u8(firstVModMapKey);
            o.u8(nVModMapKeys);
            o.u8(totalVModMapKeys);
            o.zeros(1);
            o.u16(virtualMods);
            if ((present & 0x1) != 0) {
                for (var e_ : typesRtrn) e_.write(o);
            }
            if ((present & 0x2) != 0) {
                for (var e_ : symsRtrn) e_.write(o);
            }
            if ((present & 0x10) != 0) {
                o.bytes(actsRtrnCount);
                o.zeros(-o.size() & 3);
                for (var e_ : actsRtrnActs) o.bytes(e_);
            }
            if ((present & 0x20) != 0) {
                for (var e_ : behaviorsRtrn) e_.write(o);
            }
            if ((present & 0x40) != 0) {
                o.bytes(vmodsRtrn);
                o.zeros(-o.size() & 3);
            }
            if ((present & 0x8) != 0) {
                for (var e_ : explicitRtrn) e_.write(o);
                o.zeros(-o.size() & 3);
            }
            if ((present & 0x4) != 0) {
                for (var e_ : modmapRtrn) e_.write(o);
                o.zeros(-o.size() & 3);
            }
            if ((present & 0x80) != 0) {
                for (var e_ : vmodmapRtrn) e_.write(o);
            }
        }
    }
}
