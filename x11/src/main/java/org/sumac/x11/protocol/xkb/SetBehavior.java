// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SetBehavior struct (4 bytes).
 *
 * @param keycode KEYCODE
 * @param behavior Behavior
 */
public record SetBehavior(int keycode, byte[] behavior) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static SetBehavior read(RequestReader in_, int at_) {
        int keycode = in_.card8At(at_);
        byte[] behavior = new ByteList(in_, at_ + 1, 2).copy();
        return new SetBehavior(keycode, behavior);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(keycode);
        if (behavior.length != 2) throw new IllegalArgumentException("behavior: 2 bytes");
        o.bytes(behavior);
        o.zeros(1);
    }
}
