// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * StateNotify event (number 2 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param mods CARD8, mask of ModMask
 * @param baseMods CARD8, mask of ModMask
 * @param latchedMods CARD8, mask of ModMask
 * @param lockedMods CARD8, mask of ModMask
 * @param group CARD8, values of Group
 * @param baseGroup INT16
 * @param latchedGroup INT16
 * @param lockedGroup CARD8, values of Group
 * @param compatState CARD8, mask of ModMask
 * @param grabMods CARD8, mask of ModMask
 * @param compatGrabMods CARD8, mask of ModMask
 * @param lookupMods CARD8, mask of ModMask
 * @param compatLoockupMods CARD8, mask of ModMask
 * @param ptrBtnState CARD16, mask of KeyButMask
 * @param changed CARD16, mask of StatePart
 * @param keycode KEYCODE
 * @param eventType CARD8
 * @param requestMajor CARD8
 * @param requestMinor CARD8
 */
public record StateNotifyEvent(int xkbType, int time, int deviceID, int mods, int baseMods, int latchedMods, int lockedMods, int group, int baseGroup, int latchedGroup, int lockedGroup, int compatState, int grabMods, int compatGrabMods, int lookupMods, int compatLoockupMods, int ptrBtnState, int changed, int keycode, int eventType, int requestMajor, int requestMinor) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 2;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(mods);
        o.u8(baseMods);
        o.u8(latchedMods);
        o.u8(lockedMods);
        o.u8(group);
        o.u16(baseGroup);
        o.u16(latchedGroup);
        o.u8(lockedGroup);
        o.u8(compatState);
        o.u8(grabMods);
        o.u8(compatGrabMods);
        o.u8(lookupMods);
        o.u8(compatLoockupMods);
        o.u16(ptrBtnState);
        o.u16(changed);
        o.u8(keycode);
        o.u8(eventType);
        o.u8(requestMajor);
        o.u8(requestMinor);
    }
}
