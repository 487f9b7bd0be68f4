// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The SADeviceValuator struct (8 bytes).
 *
 * @param type CARD8, values of SAType
 * @param device CARD8
 * @param val1what CARD8, values of SAValWhat
 * @param val1index CARD8
 * @param val1value CARD8
 * @param val2what CARD8, values of SAValWhat
 * @param val2index CARD8
 * @param val2value CARD8
 */
public record SADeviceValuator(int type, int device, int val1what, int val1index, int val1value, int val2what, int val2index, int val2value) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static SADeviceValuator read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int device = in_.card8At(at_ + 1);
        int val1what = in_.card8At(at_ + 2);
        int val1index = in_.card8At(at_ + 3);
        int val1value = in_.card8At(at_ + 4);
        int val2what = in_.card8At(at_ + 5);
        int val2index = in_.card8At(at_ + 6);
        int val2value = in_.card8At(at_ + 7);
        return new SADeviceValuator(type, device, val1what, val1index, val1value, val2what, val2index, val2value);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(device);
        o.u8(val1what);
        o.u8(val1index);
        o.u8(val1value);
        o.u8(val2what);
        o.u8(val2index);
        o.u8(val2value);
    }
}
