// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The LeaseNotify struct (28 bytes).
 *
 * @param timestamp TIMESTAMP
 * @param window WINDOW
 * @param lease LEASE
 * @param created CARD8
 */
public record LeaseNotify(int timestamp, int window, int lease, int created) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static LeaseNotify read(RequestReader in_, int at_) {
        int timestamp = in_.int32At(at_);
        int window = in_.int32At(at_ + 4);
        int lease = in_.int32At(at_ + 8);
        int created = in_.card8At(at_ + 12);
        return new LeaseNotify(timestamp, window, lease, created);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(timestamp);
        o.i32(window);
        o.i32(lease);
        o.u8(created);
        o.zeros(15);
    }
}
