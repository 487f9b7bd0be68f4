// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TRIGGER struct (20 bytes).
 *
 * @param counter COUNTER
 * @param waitType CARD32, values of VALUETYPE
 * @param waitValue sync:INT64
 * @param testType CARD32, values of TESTTYPE
 */
public record Trigger(int counter, int waitType, Int64 waitValue, int testType) {
    /** Bytes on the wire. */
    public static final int SIZE = 20;

    /** Reads one from a request, at an offset from the request's start. */
    public static Trigger read(RequestReader in_, int at_) {
        int counter = in_.int32At(at_);
        int waitType = in_.int32At(at_ + 4);
        Int64 waitValue = Int64.read(in_, at_ + 8);
        int testType = in_.int32At(at_ + 16);
        return new Trigger(counter, waitType, waitValue, testType);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(counter);
        o.i32(waitType);
        waitValue.write(o);
        o.i32(testType);
    }
}
