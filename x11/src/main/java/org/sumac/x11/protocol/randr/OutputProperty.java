// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The OutputProperty struct (28 bytes).
 *
 * @param window WINDOW
 * @param output OUTPUT
 * @param atom ATOM
 * @param timestamp TIMESTAMP
 * @param status CARD8, values of Property
 */
public record OutputProperty(int window, int output, int atom, int timestamp, int status) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static OutputProperty read(RequestReader in_, int at_) {
        int window = in_.int32At(at_);
        int output = in_.int32At(at_ + 4);
        int atom = in_.int32At(at_ + 8);
        int timestamp = in_.int32At(at_ + 12);
        int status = in_.card8At(at_ + 16);
        return new OutputProperty(window, output, atom, timestamp, status);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(output);
        o.i32(atom);
        o.i32(timestamp);
        o.u8(status);
        o.zeros(11);
    }
}
