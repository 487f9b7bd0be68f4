// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * MapNotify event (number 1 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param ptrBtnActions CARD8
 * @param changed CARD16, mask of MapPart
 * @param minKeyCode KEYCODE
 * @param maxKeyCode KEYCODE
 * @param firstType CARD8
 * @param nTypes CARD8
 * @param firstKeySym KEYCODE
 * @param nKeySyms CARD8
 * @param firstKeyAct KEYCODE
 * @param nKeyActs CARD8
 * @param firstKeyBehavior KEYCODE
 * @param nKeyBehavior CARD8
 * @param firstKeyExplicit KEYCODE
 * @param nKeyExplicit CARD8
 * @param firstModMapKey KEYCODE
 * @param nModMapKeys CARD8
 * @param firstVModMapKey KEYCODE
 * @param nVModMapKeys CARD8
 * @param virtualMods CARD16, mask of VMod
 */
public record MapNotifyEvent(int xkbType, int time, int deviceID, int ptrBtnActions, int changed, int minKeyCode, int maxKeyCode, int firstType, int nTypes, int firstKeySym, int nKeySyms, int firstKeyAct, int nKeyActs, int firstKeyBehavior, int nKeyBehavior, int firstKeyExplicit, int nKeyExplicit, int firstModMapKey, int nModMapKeys, int firstVModMapKey, int nVModMapKeys, int virtualMods) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 1;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(ptrBtnActions);
        o.u16(changed);
        o.u8(minKeyCode);
        o.u8(maxKeyCode);
        o.u8(firstType);
        o.u8(nTypes);
        o.u8(firstKeySym);
        o.u8(nKeySyms);
        o.u8(firstKeyAct);
        o.u8(nKeyActs);
        o.u8(firstKeyBehavior);
        o.u8(nKeyBehavior);
        o.u8(firstKeyExplicit);
        o.u8(nKeyExplicit);
        o.u8(firstModMapKey);
        o.u8(nModMapKeys);
        o.u8(firstVModMapKey);
        o.u8(nVModMapKeys);
        o.u16(virtualMods);
        o.zeros(2);
    }
}
