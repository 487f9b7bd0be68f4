// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The KeyClass struct (variable size).
 *
 * @param type CARD16, values of DeviceClassType
 * @param len CARD16
 * @param sourceid DeviceId
 * @param keys list of CARD32, num_keys items
 */
public record KeyClass(int type, int len, int sourceid, int[] keys) {
    /** Reads one from a request, at an offset from the request's start. */
    public static KeyClass read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int sourceid = in_.card16At(at_ + 4);
        int numKeys = in_.card16At(at_ + 6);
        int keysN_ = numKeys;
        int pos_ = at_ + 8;
        int[] keys = new Card32List(in_, pos_, keysN_).toArray();
        pos_ += keysN_ * 4;
        return new KeyClass(type, len, sourceid, keys);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += keys.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(type);
        o.u16(len);
        o.u16(sourceid);
        o.u16(keys.length);
        for (var e_ : keys) o.i32(e_);
    }
}
