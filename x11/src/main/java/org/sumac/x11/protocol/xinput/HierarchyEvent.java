// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Hierarchy generic event (event type 11): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param flags CARD32, mask of HierarchyMask
 * @param infos list of HierarchyInfo, num_infos items
 */
public record HierarchyEvent(int deviceid, int time, int flags, java.util.List<HierarchyInfo> infos) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 11;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.i32(flags);
        o.u16(infos.size());
        o.zeros(10);
        for (var e_ : infos) e_.write(o);
    }
}
