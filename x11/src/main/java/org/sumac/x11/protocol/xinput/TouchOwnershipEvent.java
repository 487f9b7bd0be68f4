// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * TouchOwnership generic event (event type 21): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param touchid CARD32
 * @param root WINDOW
 * @param event WINDOW
 * @param child WINDOW
 * @param sourceid DeviceId
 * @param flags CARD32, values of TouchOwnershipFlags
 */
public record TouchOwnershipEvent(int deviceid, int time, int touchid, int root, int event, int child, int sourceid, int flags) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 21;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.i32(touchid);
        o.i32(root);
        o.i32(event);
        o.i32(child);
        o.u16(sourceid);
        o.zeros(2);
        o.i32(flags);
        o.zeros(8);
    }
}
