// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetControls request (minor opcode 7).
 *
 * @param deviceSpec DeviceSpec
 * @param affectInternalRealMods CARD8, mask of ModMask
 * @param internalRealMods CARD8, mask of ModMask
 * @param affectIgnoreLockRealMods CARD8, mask of ModMask
 * @param ignoreLockRealMods CARD8, mask of ModMask
 * @param affectInternalVirtualMods CARD16, mask of VMod
 * @param internalVirtualMods CARD16, mask of VMod
 * @param affectIgnoreLockVirtualMods CARD16, mask of VMod
 * @param ignoreLockVirtualMods CARD16, mask of VMod
 * @param mouseKeysDfltBtn CARD8
 * @param groupsWrap CARD8
 * @param accessXOptions CARD16, mask of AXOption
 * @param affectEnabledControls CARD32, mask of BoolCtrl
 * @param enabledControls CARD32, mask of BoolCtrl
 * @param changeControls CARD32, mask of Control
 * @param repeatDelay CARD16
 * @param repeatInterval CARD16
 * @param slowKeysDelay CARD16
 * @param debounceDelay CARD16
 * @param mouseKeysDelay CARD16
 * @param mouseKeysInterval CARD16
 * @param mouseKeysTimeToMax CARD16
 * @param mouseKeysMaxSpeed CARD16
 * @param mouseKeysCurve INT16
 * @param accessXTimeout CARD16
 * @param accessXTimeoutMask CARD32, mask of BoolCtrl
 * @param accessXTimeoutValues CARD32, mask of BoolCtrl
 * @param accessXTimeoutOptionsMask CARD16, mask of AXOption
 * @param accessXTimeoutOptionsValues CARD16, mask of AXOption
 * @param perKeyRepeat list of CARD8, 32 items
 */
public record SetControls(int deviceSpec, int affectInternalRealMods, int internalRealMods, int affectIgnoreLockRealMods, int ignoreLockRealMods, int affectInternalVirtualMods, int internalVirtualMods, int affectIgnoreLockVirtualMods, int ignoreLockVirtualMods, int mouseKeysDfltBtn, int groupsWrap, int accessXOptions, int affectEnabledControls, int enabledControls, int changeControls, int repeatDelay, int repeatInterval, int slowKeysDelay, int debounceDelay, int mouseKeysDelay, int mouseKeysInterval, int mouseKeysTimeToMax, int mouseKeysMaxSpeed, int mouseKeysCurve, int accessXTimeout, int accessXTimeoutMask, int accessXTimeoutValues, int accessXTimeoutOptionsMask, int accessXTimeoutOptionsValues, ByteList perKeyRepeat) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetControls parse(RequestReader in_) {
        if (in_.length() != 100) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int affectInternalRealMods = in_.card8At(6);
        int internalRealMods = in_.card8At(7);
        int affectIgnoreLockRealMods = in_.card8At(8);
        int ignoreLockRealMods = in_.card8At(9);
        int affectInternalVirtualMods = in_.card16At(10);
        int internalVirtualMods = in_.card16At(12);
        int affectIgnoreLockVirtualMods = in_.card16At(14);
        int ignoreLockVirtualMods = in_.card16At(16);
        int mouseKeysDfltBtn = in_.card8At(18);
        int groupsWrap = in_.card8At(19);
        int accessXOptions = in_.card16At(20);
        int affectEnabledControls = in_.int32At(24);
        int enabledControls = in_.int32At(28);
        int changeControls = in_.int32At(32);
        int repeatDelay = in_.card16At(36);
        int repeatInterval = in_.card16At(38);
        int slowKeysDelay = in_.card16At(40);
        int debounceDelay = in_.card16At(42);
        int mouseKeysDelay = in_.card16At(44);
        int mouseKeysInterval = in_.card16At(46);
        int mouseKeysTimeToMax = in_.card16At(48);
        int mouseKeysMaxSpeed = in_.card16At(50);
        int mouseKeysCurve = in_.int16At(52);
        int accessXTimeout = in_.card16At(54);
        int accessXTimeoutMask = in_.int32At(56);
        int accessXTimeoutValues = in_.int32At(60);
        int accessXTimeoutOptionsMask = in_.card16At(64);
        int accessXTimeoutOptionsValues = in_.card16At(66);
        ByteList perKeyRepeat = new ByteList(in_, 68, 32);
        return new SetControls(deviceSpec, affectInternalRealMods, internalRealMods, affectIgnoreLockRealMods, ignoreLockRealMods, affectInternalVirtualMods, internalVirtualMods, affectIgnoreLockVirtualMods, ignoreLockVirtualMods, mouseKeysDfltBtn, groupsWrap, accessXOptions, affectEnabledControls, enabledControls, changeControls, repeatDelay, repeatInterval, slowKeysDelay, debounceDelay, mouseKeysDelay, mouseKeysInterval, mouseKeysTimeToMax, mouseKeysMaxSpeed, mouseKeysCurve, accessXTimeout, accessXTimeoutMask, accessXTimeoutValues, accessXTimeoutOptionsMask, accessXTimeoutOptionsValues, perKeyRepeat);
    }
}
