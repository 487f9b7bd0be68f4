// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The ClientIdValue struct (variable size).
 *
 * @param spec ClientIdSpec
 * @param length CARD32
 * @param value list of CARD32, length by an expression
 */
public record ClientIdValue(ClientIdSpec spec, int length, int[] value) {
    /** Reads one from a request, at an offset from the request's start. */
    public static ClientIdValue read(RequestReader in_, int at_) {
        ClientIdSpec spec = ClientIdSpec.read(in_, at_);
        int length = in_.int32At(at_ + 8);
        int valueN_ = (length / 4);
        int pos_ = at_ + 12;
        int[] value = new Card32List(in_, pos_, valueN_).toArray();
        pos_ += valueN_ * 4;
        return new ClientIdValue(spec, length, value);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 8;
        n += 4;
        n += value.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        spec.write(o);
        o.i32(length);
        for (var e_ : value) o.i32(e_);
    }
}
