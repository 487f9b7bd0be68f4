// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The CrtcChange struct (28 bytes).
 *
 * @param timestamp TIMESTAMP
 * @param window WINDOW
 * @param crtc CRTC
 * @param mode MODE
 * @param rotation CARD16, mask of Rotation
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 */
public record CrtcChange(int timestamp, int window, int crtc, int mode, int rotation, int x, int y, int width, int height) {
    /** Bytes on the wire. */
    public static final int SIZE = 28;

    /** Reads one from a request, at an offset from the request's start. */
    public static CrtcChange read(RequestReader in_, int at_) {
        int timestamp = in_.int32At(at_);
        int window = in_.int32At(at_ + 4);
        int crtc = in_.int32At(at_ + 8);
        int mode = in_.int32At(at_ + 12);
        int rotation = in_.card16At(at_ + 16);
        int x = in_.int16At(at_ + 20);
        int y = in_.int16At(at_ + 22);
        int width = in_.card16At(at_ + 24);
        int height = in_.card16At(at_ + 26);
        return new CrtcChange(timestamp, window, crtc, mode, rotation, x, y, width, height);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(timestamp);
        o.i32(window);
        o.i32(crtc);
        o.i32(mode);
        o.u16(rotation);
        o.zeros(2);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
    }
}
