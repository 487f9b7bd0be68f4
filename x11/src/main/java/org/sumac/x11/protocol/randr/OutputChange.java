// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The OutputChange struct (28 bytes).
 *
 * @param timestamp TIMESTAMP
 * @param configTimestamp TIMESTAMP
 * @param window WINDOW
 * @param output OUTPUT
 * @param crtc CRTC
 * @param mode MODE
 * @param rotation CARD16, mask of Rotation
 * @param connection CARD8, values of Connection
 * @param subpixelOrder CARD8, values of SubPixel
 */
public record OutputChange(int timestamp, int configTimestamp, int window, int output, int crtc, int mode, int rotation, int connection, int subpixelOrder) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static OutputChange read(RequestReader in_, int at_) {
        int timestamp = in_.int32At(at_);
        int configTimestamp = in_.int32At(at_ + 4);
        int window = in_.int32At(at_ + 8);
        int output = in_.int32At(at_ + 12);
        int crtc = in_.int32At(at_ + 16);
        int mode = in_.int32At(at_ + 20);
        int rotation = in_.card16At(at_ + 24);
        int connection = in_.card8At(at_ + 26);
        int subpixelOrder = in_.card8At(at_ + 27);
        return new OutputChange(timestamp, configTimestamp, window, output, crtc, mode, rotation, connection, subpixelOrder);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(timestamp);
        o.i32(configTimestamp);
        o.i32(window);
        o.i32(output);
        o.i32(crtc);
        o.i32(mode);
        o.u16(rotation);
        o.u8(connection);
        o.u8(subpixelOrder);
    }
}
