// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * RawTouchBegin generic event (event type 22): fields from byte 10.
 *
 * @param deviceid DeviceId
 * @param time TIMESTAMP
 * @param detail CARD32
 * @param sourceid DeviceId
 * @param flags CARD32, mask of TouchEventFlags
 * @param valuatorMask list of CARD32, valuators_len items
 * @param axisvalues list of FP3232, length by an expression
 * @param axisvaluesRaw list of FP3232, length by an expression
 */
public record RawTouchBeginEvent(int deviceid, int time, int detail, int sourceid, int flags, int[] valuatorMask, java.util.List<Fp3232> axisvalues, java.util.List<Fp3232> axisvaluesRaw) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 22;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.i32(time);
        o.i32(detail);
        o.u16(sourceid);
        o.u16(valuatorMask.length);
        o.i32(flags);
        o.zeros(4);
        for (var e_ : valuatorMask) o.i32(e_);
        for (var e_ : axisvalues) e_.write(o);
        for (var e_ : axisvaluesRaw) e_.write(o);
    }
}
