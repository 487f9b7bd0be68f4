// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * AlarmNotify event (number 1 from the extension's first event).
 *
 * @param kind CARD8
 * @param alarm ALARM
 * @param counterValue sync:INT64
 * @param alarmValue sync:INT64
 * @param timestamp TIMESTAMP
 * @param state CARD8, values of ALARMSTATE
 */
public record AlarmNotifyEvent(int kind, int alarm, Int64 counterValue, Int64 alarmValue, int timestamp, int state) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 1;

    @Override
    public int detail() {
        return kind;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(alarm);
        counterValue.write(o);
        alarmValue.write(o);
        o.i32(timestamp);
        o.u8(state);
        o.zeros(3);
    }
}
