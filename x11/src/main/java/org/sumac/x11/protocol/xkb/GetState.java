// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetState request (minor opcode 4).
 *
 * @param deviceSpec DeviceSpec
 */
public record GetState(int deviceSpec) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetState parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int deviceSpec = in_.card16At(4);
        return new GetState(deviceSpec);
    }

    /**
     * The reply to GetState.
     *
     * @param deviceID CARD8
     * @param mods CARD8, mask of ModMask
     * @param baseMods CARD8, mask of ModMask
     * @param latchedMods CARD8, mask of ModMask
     * @param lockedMods CARD8, mask of ModMask
     * @param group CARD8, values of Group
     * @param lockedGroup CARD8, values of Group
     * @param baseGroup INT16
     * @param latchedGroup INT16
     * @param compatState CARD8, mask of ModMask
     * @param grabMods CARD8, mask of ModMask
     * @param compatGrabMods CARD8, mask of ModMask
     * @param lookupMods CARD8, mask of ModMask
     * @param compatLookupMods CARD8, mask of ModMask
     * @param ptrBtnState CARD16, mask of KeyButMask
     */
    public record Reply(int deviceID, int mods, int baseMods, int latchedMods, int lockedMods, int group, int lockedGroup, int baseGroup, int latchedGroup, int compatState, int grabMods, int compatGrabMods, int lookupMods, int compatLookupMods, int ptrBtnState) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.u8(mods);
            o.u8(baseMods);
            o.u8(latchedMods);
            o.u8(lockedMods);
            o.u8(group);
            o.u8(lockedGroup);
            o.u16(baseGroup);
            o.u16(latchedGroup);
            o.u8(compatState);
            o.u8(grabMods);
            o.u8(compatGrabMods);
            o.u8(lookupMods);
            o.u8(compatLookupMods);
            o.zeros(1);
            o.u16(ptrBtnState);
            o.zeros(6);
        }
    }
}
