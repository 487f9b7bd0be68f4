// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The KeyVModMap struct (4 bytes).
 *
 * @param keycode KEYCODE
 * @param vmods CARD16, mask of VMod
 */
public record KeyVModMap(int keycode, int vmods) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static KeyVModMap read(RequestReader in_, int at_) {
        int keycode = in_.card8At(at_);
        int vmods = in_.card16At(at_ + 2);
        return new KeyVModMap(keycode, vmods);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(keycode);
        o.zeros(1);
        o.u16(vmods);
    }
}
