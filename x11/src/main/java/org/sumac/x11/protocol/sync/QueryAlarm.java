// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryAlarm request (minor opcode 10).
 *
 * @param alarm ALARM
 */
public record QueryAlarm(int alarm) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryAlarm parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int alarm = in_.int32At(4);
        return new QueryAlarm(alarm);
    }

    /**
     * The reply to QueryAlarm.
     *
     * @param trigger TRIGGER
     * @param delta sync:INT64
     * @param events BOOL
     * @param state CARD8, values of ALARMSTATE
     */
    public record Reply(Trigger trigger, Int64 delta, boolean events, int state) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            trigger.write(o);
            delta.write(o);
            o.bool(events);
            o.u8(state);
            o.zeros(2);
        }
    }
}
