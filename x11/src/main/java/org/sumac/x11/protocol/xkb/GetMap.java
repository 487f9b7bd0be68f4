// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
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
}
