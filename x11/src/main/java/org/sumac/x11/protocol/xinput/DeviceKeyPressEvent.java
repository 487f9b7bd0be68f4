// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceKeyPress event (number 1 from the extension's first event).
 *
 * @param detail BYTE
 * @param time TIMESTAMP
 * @param root WINDOW
 * @param event WINDOW
 * @param child WINDOW
 * @param rootX INT16
 * @param rootY INT16
 * @param eventX INT16
 * @param eventY INT16
 * @param state CARD16, mask of KeyButMask
 * @param sameScreen BOOL
 * @param deviceId CARD8
 */
public record DeviceKeyPressEvent(int detail, int time, int root, int event, int child, int rootX, int rootY, int eventX, int eventY, int state, boolean sameScreen, int deviceId) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 1;

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(root);
        o.i32(event);
        o.i32(child);
        o.u16(rootX);
        o.u16(rootY);
        o.u16(eventX);
        o.u16(eventY);
        o.u16(state);
        o.bool(sameScreen);
        o.u8(deviceId);
    }
}
