// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * EnterNotify event (number 7).
 *
 * @param detail BYTE, values of NotifyDetail
 * @param time TIMESTAMP
 * @param root WINDOW
 * @param event WINDOW
 * @param child WINDOW
 * @param rootX INT16
 * @param rootY INT16
 * @param eventX INT16
 * @param eventY INT16
 * @param state CARD16, mask of KeyButMask
 * @param mode BYTE, values of NotifyMode
 * @param sameScreenFocus BYTE
 */
public record EnterNotifyEvent(int detail, int time, int root, int event, int child, int rootX, int rootY, int eventX, int eventY, int state, int mode, int sameScreenFocus) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 7;

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
        o.u8(mode);
        o.u8(sameScreenFocus);
    }
}
