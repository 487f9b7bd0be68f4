// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ResourceChange struct (28 bytes).
 *
 * @param timestamp TIMESTAMP
 * @param window WINDOW
 */
public record ResourceChange(int timestamp, int window) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static ResourceChange read(RequestReader in_, int at_) {
        int timestamp = in_.int32At(at_);
        int window = in_.int32At(at_ + 4);
        return new ResourceChange(timestamp, window);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(timestamp);
        o.i32(window);
        o.zeros(20);
    }
}
