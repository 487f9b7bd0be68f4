// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * CompatMapNotify event (number 7 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param changedGroups CARD8, mask of SetOfGroup
 * @param firstSI CARD16
 * @param nSI CARD16
 * @param nTotalSI CARD16
 */
public record CompatMapNotifyEvent(int xkbType, int time, int deviceID, int changedGroups, int firstSI, int nSI, int nTotalSI) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 7;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(changedGroups);
        o.u16(firstSI);
        o.u16(nSI);
        o.u16(nTotalSI);
        o.zeros(16);
    }
}
