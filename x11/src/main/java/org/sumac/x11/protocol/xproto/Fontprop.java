// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The FONTPROP struct (8 bytes).
 *
 * @param name ATOM
 * @param value CARD32
 */
public record Fontprop(int name, int value) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Fontprop read(RequestReader in_, int at_) {
        int name = in_.int32At(at_);
        int value = in_.int32At(at_ + 4);
        return new Fontprop(name, value);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(name);
        o.i32(value);
    }
}
