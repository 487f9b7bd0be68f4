// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ButtonPress generic event (event type 4): fields from byte 10.
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
 * @param sourceid DeviceId
 * @param flags CARD32, mask of PointerEventFlags
 * @param mods ModifierInfo
 * @param group GroupInfo
 * @param buttonMask list of CARD32, buttons_len items
 * @param valuatorMask list of CARD32, valuators_len items
 * @param axisvalues list of FP3232, length by an expression
 */
public record ButtonPressEvent(int deviceid, int time, int detail, int root, int event, int child, int rootX, int rootY, int eventX, int eventY, int sourceid, int flags, ModifierInfo mods, GroupInfo group, int[] buttonMask, int[] valuatorMask, java.util.List<Fp3232> axisvalues) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 4;

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
        o.u16(buttonMask.length);
        o.u16(valuatorMask.length);
        o.u16(sourceid);
        o.zeros(2);
        o.i32(flags);
        mods.write(o);
        group.write(o);
        for (var e_ : buttonMask) o.i32(e_);
        for (var e_ : valuatorMask) o.i32(e_);
        for (var e_ : axisvalues) e_.write(o);
    }
}
