// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetNamedIndicator request (minor opcode 15).
 *
 * @param deviceSpec DeviceSpec
 * @param ledClass LedClassSpec, values of LedClass
 * @param ledID IDSpec
 * @param indicator ATOM
 */
public record GetNamedIndicator(int deviceSpec, int ledClass, int ledID, int indicator) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetNamedIndicator parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int ledClass = in_.card16At(6);
        int ledID = in_.card16At(8);
        int indicator = in_.int32At(12);
        return new GetNamedIndicator(deviceSpec, ledClass, ledID, indicator);
    }

    /**
     * The reply to GetNamedIndicator.
     *
     * @param deviceID CARD8
     * @param indicator ATOM
     * @param found BOOL
     * @param on BOOL
     * @param realIndicator BOOL
     * @param ndx CARD8
     * @param mapFlags CARD8, mask of IMFlag
     * @param mapWhichGroups CARD8, mask of IMGroupsWhich
     * @param mapGroups CARD8, mask of SetOfGroups
     * @param mapWhichMods CARD8, mask of IMModsWhich
     * @param mapMods CARD8, mask of ModMask
     * @param mapRealMods CARD8, mask of ModMask
     * @param mapVmod CARD16, mask of VMod
     * @param mapCtrls CARD32, mask of BoolCtrl
     * @param supported BOOL
     */
    public record Reply(int deviceID, int indicator, boolean found, boolean on, boolean realIndicator, int ndx, int mapFlags, int mapWhichGroups, int mapGroups, int mapWhichMods, int mapMods, int mapRealMods, int mapVmod, int mapCtrls, boolean supported) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.i32(indicator);
            o.bool(found);
            o.bool(on);
            o.bool(realIndicator);
            o.u8(ndx);
            o.u8(mapFlags);
            o.u8(mapWhichGroups);
            o.u8(mapGroups);
            o.u8(mapWhichMods);
            o.u8(mapMods);
            o.u8(mapRealMods);
            o.u16(mapVmod);
            o.i32(mapCtrls);
            o.bool(supported);
            o.zeros(3);
        }
    }
}
