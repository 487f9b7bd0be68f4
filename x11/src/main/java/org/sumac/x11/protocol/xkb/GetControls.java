// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetControls request (minor opcode 6).
 *
 * @param deviceSpec DeviceSpec
 */
public record GetControls(int deviceSpec) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetControls parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceSpec = in_.card16At(4);
        return new GetControls(deviceSpec);
    }

    /**
     * The reply to GetControls.
     *
     * @param deviceID CARD8
     * @param mouseKeysDfltBtn CARD8
     * @param numGroups CARD8
     * @param groupsWrap CARD8
     * @param internalModsMask CARD8, mask of ModMask
     * @param ignoreLockModsMask CARD8, mask of ModMask
     * @param internalModsRealMods CARD8, mask of ModMask
     * @param ignoreLockModsRealMods CARD8, mask of ModMask
     * @param internalModsVmods CARD16, mask of VMod
     * @param ignoreLockModsVmods CARD16, mask of VMod
     * @param repeatDelay CARD16
     * @param repeatInterval CARD16
     * @param slowKeysDelay CARD16
     * @param debounceDelay CARD16
     * @param mouseKeysDelay CARD16
     * @param mouseKeysInterval CARD16
     * @param mouseKeysTimeToMax CARD16
     * @param mouseKeysMaxSpeed CARD16
     * @param mouseKeysCurve INT16
     * @param accessXOption CARD16, mask of AXOption
     * @param accessXTimeout CARD16
     * @param accessXTimeoutOptionsMask CARD16, mask of AXOption
     * @param accessXTimeoutOptionsValues CARD16, mask of AXOption
     * @param accessXTimeoutMask CARD32, mask of BoolCtrl
     * @param accessXTimeoutValues CARD32, mask of BoolCtrl
     * @param enabledControls CARD32, mask of BoolCtrl
     * @param perKeyRepeat list of CARD8, 32 items
     */
    public record Reply(int deviceID, int mouseKeysDfltBtn, int numGroups, int groupsWrap, int internalModsMask, int ignoreLockModsMask, int internalModsRealMods, int ignoreLockModsRealMods, int internalModsVmods, int ignoreLockModsVmods, int repeatDelay, int repeatInterval, int slowKeysDelay, int debounceDelay, int mouseKeysDelay, int mouseKeysInterval, int mouseKeysTimeToMax, int mouseKeysMaxSpeed, int mouseKeysCurve, int accessXOption, int accessXTimeout, int accessXTimeoutOptionsMask, int accessXTimeoutOptionsValues, int accessXTimeoutMask, int accessXTimeoutValues, int enabledControls, byte[] perKeyRepeat) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.u8(mouseKeysDfltBtn);
            o.u8(numGroups);
            o.u8(groupsWrap);
            o.u8(internalModsMask);
            o.u8(ignoreLockModsMask);
            o.u8(internalModsRealMods);
            o.u8(ignoreLockModsRealMods);
            o.zeros(1);
            o.u16(internalModsVmods);
            o.u16(ignoreLockModsVmods);
            o.u16(repeatDelay);
            o.u16(repeatInterval);
            o.u16(slowKeysDelay);
            o.u16(debounceDelay);
            o.u16(mouseKeysDelay);
            o.u16(mouseKeysInterval);
            o.u16(mouseKeysTimeToMax);
            o.u16(mouseKeysMaxSpeed);
            o.u16(mouseKeysCurve);
            o.u16(accessXOption);
            o.u16(accessXTimeout);
            o.u16(accessXTimeoutOptionsMask);
            o.u16(accessXTimeoutOptionsValues);
            o.zeros(2);
            o.i32(accessXTimeoutMask);
            o.i32(accessXTimeoutValues);
            o.i32(enabledControls);
            if (perKeyRepeat.length != 32) throw new IllegalArgumentException("perKeyRepeat: 32 items");
            o.bytes(perKeyRepeat);
        }
    }
}
