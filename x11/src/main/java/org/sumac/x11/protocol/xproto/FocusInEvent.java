// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * FocusIn event (number 9).
 *
 * @param detail BYTE, values of NotifyDetail
 * @param event WINDOW
 * @param mode BYTE, values of NotifyMode
 */
public record FocusInEvent(int detail, int event, int mode) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 9;

    @Override
    public void write(ReplyWriter o) {
        o.i32(event);
        o.u8(mode);
        o.zeros(3);
    }
}
