// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The EventMask struct (variable size).
 *
 * @param deviceid DeviceId
 * @param mask list of CARD32, mask_len items
 */
public record EventMask(int deviceid, int[] mask) {
    /** Reads one from a request, at an offset from the request's start. */
    public static EventMask read(RequestReader in_, int at_) {
        int deviceid = in_.card16At(at_);
        int maskLen = in_.card16At(at_ + 2);
        int maskN_ = maskLen;
        int pos_ = at_ + 4;
        int[] mask = new Card32List(in_, pos_, maskN_).toArray();
        pos_ += maskN_ * 4;
        return new EventMask(deviceid, mask);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += mask.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.u16(mask.length);
        for (var e_ : mask) o.i32(e_);
    }
}
