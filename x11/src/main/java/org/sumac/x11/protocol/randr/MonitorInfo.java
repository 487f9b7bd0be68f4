// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The MonitorInfo struct (variable size).
 *
 * @param name ATOM
 * @param primary BOOL
 * @param automatic BOOL
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param widthInMillimeters CARD32
 * @param heightInMillimeters CARD32
 * @param outputs list of OUTPUT, nOutput items
 */
public record MonitorInfo(int name, boolean primary, boolean automatic, int x, int y, int width, int height, int widthInMillimeters, int heightInMillimeters, int[] outputs) {
    /** Reads one from a request, at an offset from the request's start. */
    public static MonitorInfo read(RequestReader in_, int at_) {
        int name = in_.int32At(at_);
        boolean primary = in_.card8At(at_ + 4) != 0;
        boolean automatic = in_.card8At(at_ + 5) != 0;
        int nOutput = in_.card16At(at_ + 6);
        int x = in_.int16At(at_ + 8);
        int y = in_.int16At(at_ + 10);
        int width = in_.card16At(at_ + 12);
        int height = in_.card16At(at_ + 14);
        int widthInMillimeters = in_.int32At(at_ + 16);
        int heightInMillimeters = in_.int32At(at_ + 20);
        int outputsN_ = nOutput;
        int pos_ = at_ + 24;
        int[] outputs = new Card32List(in_, pos_, outputsN_).toArray();
        pos_ += outputsN_ * 4;
        return new MonitorInfo(name, primary, automatic, x, y, width, height, widthInMillimeters, heightInMillimeters, outputs);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += 1;
        n += 1;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += 4;
        n += 4;
        n += outputs.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(name);
        o.bool(primary);
        o.bool(automatic);
        o.u16(outputs.length);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.i32(widthInMillimeters);
        o.i32(heightInMillimeters);
        for (var e_ : outputs) o.i32(e_);
    }
}
