// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DeviceCoreCtrl struct (8 bytes).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param status CARD8
 */
public record DeviceCoreCtrl(int controlId, int len, int status) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceCoreCtrl read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int status = in_.card8At(at_ + 4);
        return new DeviceCoreCtrl(controlId, len, status);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(controlId);
        o.u16(len);
        o.u8(status);
        o.zeros(3);
    }
}
