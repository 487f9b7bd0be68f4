// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * CompleteNotify generic event (event type 1): fields from byte 10.
 *
 * @param kind CARD8, values of CompleteKind
 * @param mode CARD8, values of CompleteMode
 * @param event EVENT
 * @param window WINDOW
 * @param serial CARD32
 * @param ust CARD64
 * @param msc CARD64
 */
public record CompleteNotifyEvent(int kind, int mode, int event, int window, int serial, long ust, long msc) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 1;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u8(kind);
        o.u8(mode);
        o.i32(event);
        o.i32(window);
        o.i32(serial);
        o.i64(ust);
        o.i64(msc);
    }
}
