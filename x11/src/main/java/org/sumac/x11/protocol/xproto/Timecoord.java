// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TIMECOORD struct (8 bytes).
 *
 * @param time TIMESTAMP
 * @param x INT16
 * @param y INT16
 */
public record Timecoord(int time, int x, int y) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Timecoord read(RequestReader in_, int at_) {
        int time = in_.int32At(at_);
        int x = in_.int16At(at_ + 4);
        int y = in_.int16At(at_ + 6);
        return new Timecoord(time, x, y);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u16(x);
        o.u16(y);
    }
}
