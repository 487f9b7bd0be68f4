// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * BarrierHit generic event (event type 25): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param eventid CARD32
 * @param root WINDOW
 * @param event WINDOW
 * @param barrier BARRIER
 * @param dtime CARD32
 * @param flags CARD32, mask of BarrierFlags
 * @param sourceid DeviceId
 * @param rootX FP1616
 * @param rootY FP1616
 * @param dx FP3232
 * @param dy FP3232
 */
public record BarrierHitEvent(int deviceid, int time, int eventid, int root, int event, int barrier, int dtime, int flags, int sourceid, int rootX, int rootY, Fp3232 dx, Fp3232 dy) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 25;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.i32(eventid);
        o.i32(root);
        o.i32(event);
        o.i32(barrier);
        o.i32(dtime);
        o.i32(flags);
        o.u16(sourceid);
        o.zeros(2);
        o.i32(rootX);
        o.i32(rootY);
        dx.write(o);
        dy.write(o);
    }
}
