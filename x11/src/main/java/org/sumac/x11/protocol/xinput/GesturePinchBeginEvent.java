// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * GesturePinchBegin generic event (event type 27): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param detail CARD32
 * @param root WINDOW
 * @param event WINDOW
 * @param child WINDOW
 * @param rootX FP1616
 * @param rootY FP1616
 * @param eventX FP1616
 * @param eventY FP1616
 * @param deltaX FP1616
 * @param deltaY FP1616
 * @param deltaUnaccelX FP1616
 * @param deltaUnaccelY FP1616
 * @param scale FP1616
 * @param deltaAngle FP1616
 * @param sourceid DeviceId
 * @param mods ModifierInfo
 * @param group GroupInfo
 * @param flags CARD32, mask of GesturePinchEventFlags
 */
public record GesturePinchBeginEvent(int deviceid, int time, int detail, int root, int event, int child, int rootX, int rootY, int eventX, int eventY, int deltaX, int deltaY, int deltaUnaccelX, int deltaUnaccelY, int scale, int deltaAngle, int sourceid, ModifierInfo mods, GroupInfo group, int flags) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 27;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.i32(detail);
        o.i32(root);
        o.i32(event);
        o.i32(child);
        o.i32(rootX);
        o.i32(rootY);
        o.i32(eventX);
        o.i32(eventY);
        o.i32(deltaX);
        o.i32(deltaY);
        o.i32(deltaUnaccelX);
        o.i32(deltaUnaccelY);
        o.i32(scale);
        o.i32(deltaAngle);
        o.u16(sourceid);
        o.zeros(2);
        mods.write(o);
        group.write(o);
        o.i32(flags);
    }
}
