// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * IdleNotify generic event (event type 2): fields from byte 10.
 *
 * @param event EVENT
 * @param window WINDOW
 * @param serial CARD32
 * @param pixmap PIXMAP
 * @param idleFence FENCE
 */
public record IdleNotifyEvent(int event, int window, int serial, int pixmap, int idleFence) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 2;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.zeros(2);
        o.i32(event);
        o.i32(window);
        o.i32(serial);
        o.i32(pixmap);
        o.i32(idleFence);
    }
}
