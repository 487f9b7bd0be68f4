// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The WAITCONDITION struct (28 bytes).
 *
 * @param trigger TRIGGER
 * @param eventThreshold sync:INT64
 */
public record Waitcondition(Trigger trigger, Int64 eventThreshold) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static Waitcondition read(RequestReader in_, int at_) {
        Trigger trigger = Trigger.read(in_, at_);
        Int64 eventThreshold = Int64.read(in_, at_ + 20);
        return new Waitcondition(trigger, eventThreshold);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        trigger.write(o);
        eventThreshold.write(o);
    }
}
