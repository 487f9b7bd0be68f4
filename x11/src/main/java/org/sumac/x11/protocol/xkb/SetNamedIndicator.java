// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetNamedIndicator request (minor opcode 16).
 *
 * @param deviceSpec DeviceSpec
 * @param ledClass LedClassSpec, values of LedClass
 * @param ledID IDSpec
 * @param indicator ATOM
 * @param setState BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param on BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param setMap BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param createMap BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param mapFlags CARD8, mask of IMFlag
 * @param mapWhichGroups CARD8, mask of IMGroupsWhich
 * @param mapGroups CARD8, mask of SetOfGroups
 * @param mapWhichMods CARD8, mask of IMModsWhich
 * @param mapRealMods CARD8, mask of ModMask
 * @param mapVmods CARD16, mask of VMod
 * @param mapCtrls CARD32, mask of BoolCtrl
 */
public record SetNamedIndicator(int deviceSpec, int ledClass, int ledID, int indicator, int setState, int on, int setMap, int createMap, int mapFlags, int mapWhichGroups, int mapGroups, int mapWhichMods, int mapRealMods, int mapVmods, int mapCtrls) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetNamedIndicator parse(RequestReader in_) {
        if (in_.length() != 32) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int ledClass = in_.card16At(6);
        int ledID = in_.card16At(8);
        int indicator = in_.int32At(12);
        int setState = in_.card8At(16);
        int on = in_.card8At(17);
        int setMap = in_.card8At(18);
        int createMap = in_.card8At(19);
        int mapFlags = in_.card8At(21);
        int mapWhichGroups = in_.card8At(22);
        int mapGroups = in_.card8At(23);
        int mapWhichMods = in_.card8At(24);
        int mapRealMods = in_.card8At(25);
        int mapVmods = in_.card16At(26);
        int mapCtrls = in_.int32At(28);
        return new SetNamedIndicator(deviceSpec, ledClass, ledID, indicator, setState, on, setMap, createMap, mapFlags, mapWhichGroups, mapGroups, mapWhichMods, mapRealMods, mapVmods, mapCtrls);
    }
}
