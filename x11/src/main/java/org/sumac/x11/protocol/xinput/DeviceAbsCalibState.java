// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DeviceAbsCalibState struct (36 bytes).
 *
 * @param controlId CARD16, values of DeviceControl
 * @param len CARD16
 * @param minX INT32
 * @param maxX INT32
 * @param minY INT32
 * @param maxY INT32
 * @param flipX CARD32
 * @param flipY CARD32
 * @param rotation CARD32
 * @param buttonThreshold CARD32
 */
public record DeviceAbsCalibState(int controlId, int len, int minX, int maxX, int minY, int maxY, int flipX, int flipY, int rotation, int buttonThreshold) {
    /** Bytes on the wire. */
    public static final int SIZE = 36;

    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceAbsCalibState read(RequestReader in_, int at_) {
        int controlId = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int minX = in_.int32At(at_ + 4);
        int maxX = in_.int32At(at_ + 8);
        int minY = in_.int32At(at_ + 12);
        int maxY = in_.int32At(at_ + 16);
        int flipX = in_.int32At(at_ + 20);
        int flipY = in_.int32At(at_ + 24);
        int rotation = in_.int32At(at_ + 28);
        int buttonThreshold = in_.int32At(at_ + 32);
        return new DeviceAbsCalibState(controlId, len, minX, maxX, minY, maxY, flipX, flipY, rotation, buttonThreshold);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(controlId);
        o.u16(len);
        o.i32(minX);
        o.i32(maxX);
        o.i32(minY);
        o.i32(maxY);
        o.i32(flipX);
        o.i32(flipY);
        o.i32(rotation);
        o.i32(buttonThreshold);
    }
}
