// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DeviceCoreState struct (8 bytes).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param status CARD8
 * @param iscore CARD8
 */
public record DeviceCoreState(int controlId, int len, int status, int iscore) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceCoreState read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int status = in_.card8At(at_ + 4);
        int iscore = in_.card8At(at_ + 5);
        return new DeviceCoreState(controlId, len, status, iscore);
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
        o.u8(iscore);
        o.zeros(2);
    }
}
