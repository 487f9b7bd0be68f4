// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The BarrierReleasePointerInfo struct (12 bytes).
 *
 * @param deviceid DeviceId
 * @param barrier BARRIER
 * @param eventid CARD32
 */
public record BarrierReleasePointerInfo(int deviceid, int barrier, int eventid) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static BarrierReleasePointerInfo read(RequestReader in_, int at_) {
        int deviceid = in_.card16At(at_);
        int barrier = in_.int32At(at_ + 4);
        int eventid = in_.int32At(at_ + 8);
        return new BarrierReleasePointerInfo(deviceid, barrier, eventid);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.zeros(2);
        o.i32(barrier);
        o.i32(eventid);
    }
}
