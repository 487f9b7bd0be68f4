// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * NamesNotify event (number 6 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param changed CARD16, mask of NameDetail
 * @param firstType CARD8
 * @param nTypes CARD8
 * @param firstLevelName CARD8
 * @param nLevelNames CARD8
 * @param nRadioGroups CARD8
 * @param nKeyAliases CARD8
 * @param changedGroupNames CARD8, mask of SetOfGroup
 * @param changedVirtualMods CARD16, mask of VMod
 * @param firstKey KEYCODE
 * @param nKeys CARD8
 * @param changedIndicators CARD32
 */
public record NamesNotifyEvent(int xkbType, int time, int deviceID, int changed, int firstType, int nTypes, int firstLevelName, int nLevelNames, int nRadioGroups, int nKeyAliases, int changedGroupNames, int changedVirtualMods, int firstKey, int nKeys, int changedIndicators) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 6;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.zeros(1);
        o.u16(changed);
        o.u8(firstType);
        o.u8(nTypes);
        o.u8(firstLevelName);
        o.u8(nLevelNames);
        o.zeros(1);
        o.u8(nRadioGroups);
        o.u8(nKeyAliases);
        o.u8(changedGroupNames);
        o.u16(changedVirtualMods);
        o.u8(firstKey);
        o.u8(nKeys);
        o.i32(changedIndicators);
        o.zeros(4);
    }
}
