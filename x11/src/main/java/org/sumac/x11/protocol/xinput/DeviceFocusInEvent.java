// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceFocusIn event (number 6 from the extension's first event).
 *
 * @param detail BYTE, values of xproto:NotifyDetail
 * @param time TIMESTAMP
 * @param window WINDOW
 * @param mode BYTE, values of xproto:NotifyMode
 * @param deviceId CARD8
 */
public record DeviceFocusInEvent(int detail, int time, int window, int mode, int deviceId) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 6;

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(window);
        o.u8(mode);
        o.u8(deviceId);
        o.zeros(18);
    }
}
