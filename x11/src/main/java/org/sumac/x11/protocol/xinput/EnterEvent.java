// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Enter generic event (event type 7): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param sourceid DeviceId
 * @param mode CARD8, values of xinput:NotifyMode
 * @param detail CARD8, values of xinput:NotifyDetail
 * @param root WINDOW
 * @param event WINDOW
 * @param child WINDOW
 * @param rootX FP1616
 * @param rootY FP1616
 * @param eventX FP1616
 * @param eventY FP1616
 * @param sameScreen BOOL
 * @param focus BOOL
 * @param mods ModifierInfo
 * @param group GroupInfo
 * @param buttons list of CARD32, buttons_len items
 */
public record EnterEvent(int deviceid, int time, int sourceid, int mode, int detail, int root, int event, int child, int rootX, int rootY, int eventX, int eventY, boolean sameScreen, boolean focus, ModifierInfo mods, GroupInfo group, int[] buttons) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 7;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.u16(sourceid);
        o.u8(mode);
        o.u8(detail);
        o.i32(root);
        o.i32(event);
        o.i32(child);
        o.i32(rootX);
        o.i32(rootY);
        o.i32(eventX);
        o.i32(eventY);
        o.bool(sameScreen);
        o.bool(focus);
        o.u16(buttons.length);
        mods.write(o);
        group.write(o);
        for (var e_ : buttons) o.i32(e_);
    }
}
