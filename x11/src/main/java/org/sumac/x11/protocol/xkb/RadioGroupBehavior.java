// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The RadioGroupBehavior struct (2 bytes).
 *
 * @param type CARD8
 * @param group CARD8
 */
public record RadioGroupBehavior(int type, int group) {
    /** Bytes on the wire. */
    public static final int SIZE = 2;

    /** Reads one from a request, at an offset from the request's start. */
    public static RadioGroupBehavior read(RequestReader in_, int at_) {
        int type = in_.card8At(at_);
        int group = in_.card8At(at_ + 1);
        return new RadioGroupBehavior(type, group);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(type);
        o.u8(group);
    }
}
