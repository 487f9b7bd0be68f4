// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * CounterNotify event (number 0 from the extension's first event).
 *
 * @param kind CARD8
 * @param counter COUNTER
 * @param waitValue sync:INT64
 * @param counterValue sync:INT64
 * @param timestamp TIMESTAMP
 * @param count CARD16
 * @param destroyed BOOL
 */
public record CounterNotifyEvent(int kind, int counter, Int64 waitValue, Int64 counterValue, int timestamp, int count, boolean destroyed) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return kind;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(counter);
        waitValue.write(o);
        counterValue.write(o);
        o.i32(timestamp);
        o.u16(count);
        o.bool(destroyed);
        o.zeros(1);
    }
}
