// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The AxisInfo struct (12 bytes).
 *
 * @param resolution CARD32
 * @param minimum INT32
 * @param maximum INT32
 */
public record AxisInfo(int resolution, int minimum, int maximum) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static AxisInfo read(RequestReader in_, int at_) {
        int resolution = in_.int32At(at_);
        int minimum = in_.int32At(at_ + 4);
        int maximum = in_.int32At(at_ + 8);
        return new AxisInfo(resolution, minimum, maximum);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(resolution);
        o.i32(minimum);
        o.i32(maximum);
    }
}
