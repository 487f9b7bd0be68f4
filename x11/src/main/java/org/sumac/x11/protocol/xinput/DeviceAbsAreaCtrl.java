// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DeviceAbsAreaCtrl struct (28 bytes).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param offsetX CARD32
 * @param offsetY CARD32
 * @param width INT32
 * @param height INT32
 * @param screen INT32
 * @param following CARD32
 */
public record DeviceAbsAreaCtrl(int controlId, int len, int offsetX, int offsetY, int width, int height, int screen, int following) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceAbsAreaCtrl read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int offsetX = in_.int32At(at_ + 4);
        int offsetY = in_.int32At(at_ + 8);
        int width = in_.int32At(at_ + 12);
        int height = in_.int32At(at_ + 16);
        int screen = in_.int32At(at_ + 20);
        int following = in_.int32At(at_ + 24);
        return new DeviceAbsAreaCtrl(controlId, len, offsetX, offsetY, width, height, screen, following);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(controlId);
        o.u16(len);
        o.i32(offsetX);
        o.i32(offsetY);
        o.i32(width);
        o.i32(height);
        o.i32(screen);
        o.i32(following);
    }
}
