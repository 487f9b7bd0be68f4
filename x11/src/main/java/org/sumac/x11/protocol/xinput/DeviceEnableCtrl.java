// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DeviceEnableCtrl struct (8 bytes).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param enable CARD8
 */
public record DeviceEnableCtrl(int controlId, int len, int enable) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceEnableCtrl read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int enable = in_.card8At(at_ + 4);
        return new DeviceEnableCtrl(controlId, len, enable);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(controlId);
        o.u16(len);
        o.u8(enable);
        o.zeros(3);
    }
}
